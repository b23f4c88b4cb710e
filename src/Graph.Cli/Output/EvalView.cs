using System.Globalization;
using Graph.Extraction.Evaluation;
using Graph.Model;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>
/// An evaluation as tables: one row per article with the micro-averaged scores as its footer, one row per
/// predicate, then (on request) the errors of each article.
/// </summary>
internal static class EvalView
{
    /// <summary>Prints <paramref name="report"/> to standard output.</summary>
    public static void Render(EvalReport report, bool withErrors)
    {
        Score total = report.Total;
        var articles = new Table().Border(TableBorder.Rounded).Title(report.Articles.Count == 1 ? "1 annotated article" : $"{report.Articles.Count} annotated articles").ShowFooters()
            .AddColumn(new TableColumn("Article").Footer("[bold]ALL (micro)[/]"))
            .AddColumn(ScoreColumn("Entities", total.Entities))
            .AddColumn(ScoreColumn("Facts", total.Facts))
            .AddColumn(ScoreColumn("Pairs", total.Pairs));
        foreach (ArticleScore article in report.Articles)
        {
            articles.AddRow(Markup.Escape(article.Name), Cell(article.Score.Entities), Cell(article.Score.Facts), Cell(article.Score.Pairs));
        }

        var predicates = new Table().Border(TableBorder.Rounded).Title("Facts by predicate").AddColumn("Predicate");
        foreach (string heading in new[] { "P", "R", "F1", "Matched", "Predicted", "Gold" })
        {
            predicates.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (PredicateScore predicate in report.ByPredicate)
        {
            PrfCounts c = predicate.Facts;
            predicates.AddRow(
                PredicateInfo.Of(predicate.Predicate).Name,
                ScoreFormat.ThreeDecimals(c.Precision),
                ScoreFormat.ThreeDecimals(c.Recall),
                ScoreFormat.ThreeDecimals(c.F1),
                Number(c.TruePositives),
                Number(c.Predicted),
                Number(c.Gold));
        }

        Terminal.Out.Write(articles);
        Terminal.Out.Write(predicates);
        if (withErrors)
        {
            foreach (ArticleScore article in report.Articles)
            {
                RenderErrors(article);
            }
        }
    }

    private static void RenderErrors(ArticleScore article)
    {
        ArticleErrors errors = article.Errors;
        Line(string.Empty);
        Line($"[bold underline]{Markup.Escape(article.Name)}[/]");
        int shown = Section("missed facts", errors.MissedFacts.Select(f => Fact(f, "no entity found for")))
            + Section("spurious facts", errors.SpuriousFacts.Select(f => Fact(f, "not a gold entity:")))
            + Section("missed entities", errors.MissedEntities.Select(Entity))
            + Section("spurious entities", errors.SpuriousEntities.Select(Entity))
            + Section(
                "mistyped entities",
                errors.MistypedEntities.Select(e =>
                    $"{Markup.Escape(e.GoldName)}: {e.GoldType} in gold, [red]{e.PredictedType}[/] predicted as {Markup.Escape(e.PredictedName)}"));
        if (shown == 0)
        {
            Line("  [green]no errors[/]");
        }
    }

    // Writes a titled list unless it is empty; returns the number of items.
    private static int Section(string title, IEnumerable<string> items)
    {
        var lines = items.ToList();
        if (lines.Count > 0)
        {
            Line($"  [bold]{title} ({lines.Count})[/]");
            lines.ForEach(line => Line("    " + line));
        }

        return lines.Count;
    }

    private static string Entity(EntityError entity) => $"{Markup.Escape(entity.Name)} [grey]({entity.Type})[/]";

    private static string Fact(FactError fact, string unaligned)
    {
        var ends = new List<string>();
        if (!fact.SubjectAligned)
        {
            ends.Add(fact.Subject);
        }

        if (!fact.ObjectAligned)
        {
            ends.Add(fact.Object);
        }

        string note = ends.Count == 0 ? string.Empty : $" [yellow]({unaligned} {Markup.Escape(string.Join(", ", ends))})[/]";
        return $"{Markup.Escape(fact.Subject)} [blue]{PredicateInfo.Of(fact.Predicate).Name}[/] {Markup.Escape(fact.Object)}{note}"
            + $"\n      [grey]{Markup.Escape(fact.Sentence)}[/]";
    }

    // Three scores over their counts, narrow enough for three groups on an 80-column terminal.
    private static TableColumn ScoreColumn(string title, PrfCounts total) =>
        new TableColumn($"{title}\n[grey]    P     R    F1[/]").RightAligned().NoWrap().Footer($"[bold]{Cell(total)}[/]");

    private static string Cell(PrfCounts c) =>
        $"{ScoreFormat.ThreeDecimals(c.Precision)} {ScoreFormat.ThreeDecimals(c.Recall)} {ScoreFormat.ThreeDecimals(c.F1)}"
        + $"\n[grey]{Number(c.TruePositives)}/{Number(c.Predicted)} of {Number(c.Gold)}[/]";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // On a terminal, markup with colour; otherwise plain text, never wrapped, so that a sentence stays on its line.
    private static void Line(string markup)
    {
        if (Terminal.Out.Profile.Capabilities.Ansi)
        {
            Terminal.Out.MarkupLine(markup);
        }
        else
        {
            Console.Out.WriteLine(Markup.Remove(markup));
        }
    }
}
