using System.Globalization;
using Graph.Model;
using Newtonsoft.Json;

namespace Graph.Extraction.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as JSON: indented, properties in a fixed order, scores with three decimals.</summary>
public static class EvalReportJson
{
    /// <summary>The report as JSON; with <paramref name="withErrors"/>, each article also lists its errors.</summary>
    public static string Serialize(EvalReport report, bool withErrors = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            w.WriteStartObject();
            w.WritePropertyName("articles");
            w.WriteStartArray();
            foreach (ArticleScore article in report.Articles)
            {
                w.WriteStartObject();
                w.WritePropertyName("name");
                w.WriteValue(article.Name);
                WriteScore(w, article.Score);
                WritePredicates(w, article.ByPredicate);
                if (withErrors)
                {
                    w.WritePropertyName("errors");
                    WriteErrors(w, article.Errors);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            WritePredicates(w, report.ByPredicate);
            w.WritePropertyName("total");
            w.WriteStartObject();
            WriteScore(w, report.Total);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return text.ToString() + "\n";
    }

    private static void WriteScore(JsonTextWriter w, Score score)
    {
        WriteCounts(w, "entities", score.Entities);
        WriteCounts(w, "facts", score.Facts);
        WriteCounts(w, "pairs", score.Pairs);
    }

    private static void WritePredicates(JsonTextWriter w, IReadOnlyList<PredicateScore> predicates)
    {
        w.WritePropertyName("predicates");
        w.WriteStartArray();
        foreach (PredicateScore predicate in predicates)
        {
            w.WriteStartObject();
            w.WritePropertyName("predicate");
            w.WriteValue(PredicateInfo.Of(predicate.Predicate).Name);
            WriteCountFields(w, predicate.Facts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCounts(JsonTextWriter w, string name, PrfCounts counts)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        WriteCountFields(w, counts);
        w.WriteEndObject();
    }

    private static void WriteCountFields(JsonTextWriter w, PrfCounts counts)
    {
        w.WritePropertyName("tp");
        w.WriteValue(counts.TruePositives);
        w.WritePropertyName("predicted");
        w.WriteValue(counts.Predicted);
        w.WritePropertyName("gold");
        w.WriteValue(counts.Gold);
        w.WritePropertyName("precision");
        w.WriteRawValue(ScoreFormat.ThreeDecimals(counts.Precision));
        w.WritePropertyName("recall");
        w.WriteRawValue(ScoreFormat.ThreeDecimals(counts.Recall));
        w.WritePropertyName("f1");
        w.WriteRawValue(ScoreFormat.ThreeDecimals(counts.F1));
    }

    private static void WriteErrors(JsonTextWriter w, ArticleErrors errors)
    {
        w.WriteStartObject();
        WriteFacts(w, "missed_facts", errors.MissedFacts);
        WriteFacts(w, "spurious_facts", errors.SpuriousFacts);
        WriteEntities(w, "missed_entities", errors.MissedEntities);
        WriteEntities(w, "spurious_entities", errors.SpuriousEntities);
        w.WritePropertyName("mistyped_entities");
        w.WriteStartArray();
        foreach (MistypedEntity entity in errors.MistypedEntities)
        {
            w.WriteStartObject();
            w.WritePropertyName("gold_name");
            w.WriteValue(entity.GoldName);
            w.WritePropertyName("gold_type");
            w.WriteValue(entity.GoldType.ToString());
            w.WritePropertyName("predicted_name");
            w.WriteValue(entity.PredictedName);
            w.WritePropertyName("predicted_type");
            w.WriteValue(entity.PredictedType.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFacts(JsonTextWriter w, string name, IReadOnlyList<FactError> facts)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (FactError fact in facts)
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
            w.WritePropertyName("subject_aligned");
            w.WriteValue(fact.SubjectAligned);
            w.WritePropertyName("object_aligned");
            w.WriteValue(fact.ObjectAligned);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteEntities(JsonTextWriter w, string name, IReadOnlyList<EntityError> entities)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (EntityError entity in entities)
        {
            w.WriteStartObject();
            w.WritePropertyName("name");
            w.WriteValue(entity.Name);
            w.WritePropertyName("type");
            w.WriteValue(entity.Type.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
