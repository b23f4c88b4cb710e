using System.Globalization;
using Graph.Model;
using Graph.Model.Extraction;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>
/// One article's extraction as two tables: entities, then facts with their status, reported source and
/// sentence. Asserted facts come first; negated, hypothetical, intended and alleged ones follow, their
/// status in colour and the rest of the row dimmed, so none of them reads as a plain fact.
/// </summary>
internal static class ExtractionView
{
    /// <summary>Prints <paramref name="extraction"/> to standard output.</summary>
    public static void Render(ArticleExtraction extraction) => Render(extraction, Terminal.Out);

    /// <summary>Prints <paramref name="extraction"/> to <paramref name="console"/>.</summary>
    public static void Render(ArticleExtraction extraction, IAnsiConsole console)
    {
        var names = extraction.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string Name(string? id) => id is null ? string.Empty : Markup.Escape(names.GetValueOrDefault(id, id));
        console.MarkupLine($"[bold]{Markup.Escape(extraction.Article)}[/]  published {Date(extraction.Published) ?? "unknown"}");

        var entities = new Table().Border(TableBorder.Rounded).Title($"{extraction.Entities.Count} entities")
            .AddColumn("Name").AddColumn("Type").AddColumn("Aliases").AddColumn("Id");
        foreach (var entity in extraction.Entities)
        {
            entities.AddRow(
                Markup.Escape(entity.Name), entity.Type.ToString(), Markup.Escape(string.Join(", ", entity.Aliases)), $"[grey]{Markup.Escape(entity.Id)}[/]");
        }

        var asserted = extraction.Facts.Where(f => f.Status == FactStatus.Asserted).ToList();
        var unasserted = extraction.Facts.Where(f => f.Status != FactStatus.Asserted).ToList();
        string title = $"{asserted.Count} facts" + (unasserted.Count > 0 ? $" · {unasserted.Count} unasserted (not facts)" : string.Empty);
        var facts = new Table().Border(TableBorder.Rounded).Title(title)
            .AddColumn("Subject").AddColumn("Predicate").AddColumn("Object").AddColumn("Status").AddColumn("Source")
            .AddColumn("Date").AddColumn("Place").AddColumn("Sentence");
        foreach (var fact in asserted.Concat(unasserted))
        {
            bool isAsserted = fact.Status == FactStatus.Asserted;
            string predicate = Markup.Escape(PredicateInfo.Of(fact.Predicate).Name + (fact.Title is null ? string.Empty : $" ({fact.Title})"));
            facts.AddRow(
                Dim(Name(fact.Subject), isAsserted),
                isAsserted ? $"[blue]{predicate}[/]" : $"[grey]{predicate}[/]",
                Dim(Name(fact.Object), isAsserted),
                isAsserted ? fact.Status.Name() : $"[bold yellow]{fact.Status.Name()}[/]",
                Name(fact.Source),
                Dim(Date(fact.Date) ?? string.Empty, isAsserted),
                Dim(Name(fact.Place), isAsserted),
                $"[grey]{Markup.Escape(fact.Sentence)}[/]");
        }

        console.Write(entities);
        console.Write(facts);
        if (extraction.Skipped.Count > 0)
        {
            // Nothing is dropped in silence: say which paragraphs were not read, and why.
            string reasons = string.Join(", ", extraction.Skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
            console.MarkupLine($"[grey]{extraction.Skipped.Count} paragraphs not read: {Markup.Escape(reasons)}[/]");
            foreach (SkippedText skipped in extraction.Skipped)
            {
                console.MarkupLine($"[grey]  not read {skipped.Span.Start}-{skipped.Span.End} {Markup.Escape(skipped.Reason)}[/]");
            }
        }
    }

    private static string Dim(string markup, bool asserted) => asserted || markup.Length == 0 ? markup : $"[grey]{markup}[/]";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
