using System.Globalization;
using Graph.Extraction;
using Graph.Extraction.Events;
using Graph.Extraction.Sentences;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Syntax;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>
/// Why each fact exists: per sentence that states facts, its parse (tokens, tags, lemmas, heads,
/// relations), then each fact with the event pattern row that coded it and the tokens its actor and
/// target were read from, so a user can see which data row to change.
/// </summary>
internal static class ExplanationView
{
    /// <summary>Prints the explanation of <paramref name="extraction"/> from its finished <paramref name="context"/>.</summary>
    public static void Render(ExtractionContext context, ArticleExtraction extraction)
    {
        var names = extraction.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        Terminal.Out.MarkupLine($"[bold]{Markup.Escape(extraction.Article)}[/]  {extraction.Facts.Count} facts");
        foreach (IGrouping<int, ExtractedFact> facts in extraction.Facts.GroupBy(f => f.SentenceIndex).OrderBy(g => g.Key))
        {
            Sentence sentence = context.Sentences[facts.Key];
            Terminal.Out.WriteLine();
            Terminal.Out.MarkupLine($"[bold]Sentence {facts.Key}[/]  {Markup.Escape(sentence.Text)}");
            if (sentence.Parse is { } parse)
            {
                Terminal.Out.Write(ParseTable(parse));
            }

            var matches = context.Events.Where(m => m.SentenceIndex == facts.Key).ToList();
            foreach (ExtractedFact fact in facts)
            {
                Terminal.Out.MarkupLine(
                    $"  [blue]{Markup.Escape(PredicateInfo.Of(fact.Predicate).Name)}[/] {Markup.Escape(names.GetValueOrDefault(fact.Subject, fact.Subject))} → "
                    + $"{Markup.Escape(names.GetValueOrDefault(fact.Object, fact.Object))}  [grey]{fact.Status.Name()}"
                    + (fact.Source is null ? string.Empty : $", according to {Markup.Escape(names.GetValueOrDefault(fact.Source, fact.Source))}") + "[/]");
                EventMatch? match = matches.FirstOrDefault(m => m.Pattern.Predicate == fact.Predicate);
                Terminal.Out.MarkupLine("    " + (match is null || sentence.Parse is null
                    ? "[grey]from the structural patterns (titles, appositions, locations)[/]"
                    : Markup.Escape(Describe(match, sentence.Parse))));
            }
        }
    }

    private static string Describe(EventMatch match, ParsedSentence parse)
    {
        string Tokens(IEnumerable<int> indexes) => string.Join(", ", indexes.Select(i => $"{parse.Tokens[i].Form}#{i}"));
        var p = match.Pattern;
        string row = string.Join(
            ' ',
            p.Lemma,
            p.IsNoun ? "NOUN" : "VERB",
            $"particle={p.Particle ?? "-"}",
            $"object={(p.Objects.Count == 0 ? "-" : string.Join('|', p.Objects))}",
            $"target={p.Target}",
            $"CAMEO {p.Cameo ?? "-"}",
            $"({p.Origin})");
        return $"pattern: {row}; trigger {Tokens([match.Trigger])}; actor {Tokens(match.Actors)}; target {Tokens(match.Targets)}";
    }

    private static Table ParseTable(ParsedSentence parse)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("#").AddColumn("Token").AddColumn("Lemma").AddColumn("UPOS").AddColumn("XPOS").AddColumn("Head").AddColumn("Relation");
        foreach (SyntaxToken token in parse.Tokens)
        {
            table.AddRow(
                token.Index.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(token.Form),
                Markup.Escape(token.Lemma),
                token.Upos,
                Markup.Escape(token.Xpos),
                token.Head < 0 ? "root" : $"{Markup.Escape(parse.Tokens[token.Head].Form)}#{token.Head}",
                token.Relation);
        }

        return table;
    }
}
