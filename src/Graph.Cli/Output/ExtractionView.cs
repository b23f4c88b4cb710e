using Graph.Model;
using Graph.Model.Extraction;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>One article's extraction as two tables: entities, then facts with their sentences.</summary>
internal static class ExtractionView
{
    /// <summary>Prints <paramref name="extraction"/> to standard output.</summary>
    public static void Render(ArticleExtraction extraction)
    {
        var names = extraction.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        Terminal.Out.MarkupLine($"[bold]{Markup.Escape(extraction.Article)}[/]  published {extraction.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}");

        var entities = new Table().Border(TableBorder.Rounded).Title($"{extraction.Entities.Count} entities")
            .AddColumn("Name").AddColumn("Type").AddColumn("Aliases").AddColumn("Id");
        foreach (var entity in extraction.Entities)
        {
            entities.AddRow(
                Markup.Escape(entity.Name), entity.Type.ToString(), Markup.Escape(string.Join(", ", entity.Aliases)), $"[grey]{Markup.Escape(entity.Id)}[/]");
        }

        var facts = new Table().Border(TableBorder.Rounded).Title($"{extraction.Facts.Count} facts")
            .AddColumn("Subject").AddColumn("Predicate").AddColumn("Object").AddColumn("Date").AddColumn("Place").AddColumn("Sentence");
        foreach (var fact in extraction.Facts)
        {
            string predicate = PredicateInfo.Of(fact.Predicate).Name + (fact.Title is null ? string.Empty : $" ({fact.Title})");
            facts.AddRow(
                Markup.Escape(names.GetValueOrDefault(fact.Subject, fact.Subject)),
                $"[blue]{Markup.Escape(predicate)}[/]",
                Markup.Escape(names.GetValueOrDefault(fact.Object, fact.Object)),
                fact.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                Markup.Escape(fact.Place is null ? string.Empty : names.GetValueOrDefault(fact.Place, fact.Place)),
                $"[grey]{Markup.Escape(fact.Sentence)}[/]");
        }

        Terminal.Out.Write(entities);
        Terminal.Out.Write(facts);
    }
}
