using System.Globalization;
using Graph.Model;
using Graph.Model.Extraction;
using Newtonsoft.Json;

namespace Graph.Extraction;

/// <summary>
/// Writes an extraction in the exchange format (eval/FORMAT.md): indented, properties in a fixed order.
/// <c>facts</c> holds the asserted facts only; negated, hypothetical, intended and alleged ones follow in
/// <c>unasserted</c>, with the same fields; <c>skipped</c> lists the paragraphs extraction did not read, with why.
/// </summary>
public static class ExtractionJson
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// The document for <paramref name="extraction"/>. Facts also carry their status, reported source, sentence
    /// index and character span.
    /// </summary>
    public static string Serialize(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            w.WriteStartObject();
            w.WritePropertyName("article");
            w.WriteValue(extraction.Article);
            w.WritePropertyName("published");
            WriteDate(w, extraction.Published);
            w.WritePropertyName("entities");
            w.WriteStartArray();
            foreach (ExtractedEntity entity in extraction.Entities)
            {
                w.WriteStartObject();
                w.WritePropertyName("id");
                w.WriteValue(entity.Id);
                w.WritePropertyName("type");
                w.WriteValue(entity.Type.ToString());
                w.WritePropertyName("name");
                w.WriteValue(entity.Name);
                w.WritePropertyName("aliases");
                w.WriteStartArray();
                foreach (string alias in entity.Aliases)
                {
                    w.WriteValue(alias);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            // "facts" is what the text asserts (what the format and its scorer count); the rest is kept apart.
            WriteFacts(w, "facts", extraction.Facts.Where(f => f.Status == FactStatus.Asserted));
            WriteFacts(w, "unasserted", extraction.Facts.Where(f => f.Status != FactStatus.Asserted));
            w.WritePropertyName("skipped");
            w.WriteStartArray();
            foreach (SkippedText skipped in extraction.Skipped)
            {
                w.WriteStartObject();
                w.WritePropertyName("span");
                w.WriteStartArray();
                w.WriteValue(skipped.Span.Start);
                w.WriteValue(skipped.Span.End);
                w.WriteEndArray();
                w.WritePropertyName("reason");
                w.WriteValue(skipped.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return text.ToString() + "\n";
    }

    private static void WriteFacts(JsonTextWriter w, string name, IEnumerable<ExtractedFact> facts)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (ExtractedFact fact in facts)
        {
            WriteFact(w, fact);
        }

        w.WriteEndArray();
    }

    private static void WriteFact(JsonTextWriter w, ExtractedFact fact)
    {
        w.WriteStartObject();
        w.WritePropertyName("subject");
        w.WriteValue(fact.Subject);
        w.WritePropertyName("predicate");
        w.WriteValue(PredicateInfo.Of(fact.Predicate).Name);
        w.WritePropertyName("object");
        w.WriteValue(fact.Object);
        w.WritePropertyName("sentence");
        w.WriteValue(fact.Sentence);
        w.WritePropertyName("date");
        WriteDate(w, fact.Date);
        w.WritePropertyName("place");
        w.WriteValue(fact.Place);
        w.WritePropertyName("title");
        w.WriteValue(fact.Title);
        w.WritePropertyName("confidence");
        w.WriteValue(Math.Round(fact.Confidence, 3));
        w.WritePropertyName("status");
        w.WriteValue(fact.Status.Name());
        w.WritePropertyName("source");
        w.WriteValue(fact.Source);
        w.WritePropertyName("sentence_index");
        w.WriteValue(fact.SentenceIndex);
        w.WritePropertyName("span");
        w.WriteStartArray();
        w.WriteValue(fact.Span.Start);
        w.WriteValue(fact.Span.End);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDate(JsonTextWriter w, DateOnly? date)
    {
        if (date is DateOnly value)
        {
            w.WriteValue(value.ToString(DateFormat, CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull();
        }
    }
}
