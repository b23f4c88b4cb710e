using System.Globalization;
using Graph.Model;
using Graph.Model.Extraction;
using Newtonsoft.Json;

namespace Graph.Extraction;

/// <summary>Writes an extraction in the exchange format (eval/FORMAT.md): indented, properties in a fixed order.</summary>
public static class ExtractionJson
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The document for <paramref name="extraction"/>. Facts also carry their sentence index and character span.</summary>
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
            w.WritePropertyName("facts");
            w.WriteStartArray();
            foreach (ExtractedFact fact in extraction.Facts)
            {
                WriteFact(w, fact);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return text.ToString() + "\n";
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
