using Graph.Model;

namespace Graph.Neo4j.Internal;

/// <summary>Builds the statement rows from the read model. Null values are left out of <c>props</c>.</summary>
internal static class GraphRows
{
    public static IReadOnlyDictionary<string, object?> Article(StoredArticle article) => Node(article.Id, Props(
        ("id", article.Id),
        ("title", article.Title),
        ("published", article.Published),
        ("source", article.Source),
        ("url", article.Url),
        ("file", article.FileName),
        ("contentHash", article.ContentHash)));

    public static IReadOnlyDictionary<string, object?> Entity(Entity entity) => Node(entity.Id, Props(
        ("id", entity.Id),
        ("name", entity.Name),
        ("type", entity.Type.ToString()),
        ("aliases", entity.Aliases.ToArray())));

    public static IReadOnlyDictionary<string, object?> Retired(string id) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = id };

    public static IReadOnlyDictionary<string, object?> Retired(RetiredLink link)
    {
        var row = Link(link.FromId, link.ToId, null);
        if (link.Id is not null)
        {
            row["id"] = link.Id;
        }

        return row;
    }

    public static IReadOnlyDictionary<string, object?> Mention(Mention mention) =>
        Link(mention.EntityId, mention.ArticleId, Props(("count", (long)mention.Count)));

    public static IEnumerable<(CypherStatement, IReadOnlyDictionary<string, object?>)> EventNodes(Relation relation)
    {
        if (!relation.Info.IsAction)
        {
            yield break;
        }

        foreach (Evidence evidence in relation.Evidence)
        {
            string id = relation.EventId(evidence);
            yield return (GraphStatements.EventNodes, Node(id, Props(
                ("id", id),
                ("type", relation.Info.Name),
                ("cameo", relation.Info.Cameo),
                ("date", evidence.Date),
                ("sentence", evidence.Sentence),
                ("sentenceIndex", (long)evidence.SentenceIndex),
                ("start", (long)evidence.Span.Start),
                ("end", (long)evidence.Span.End),
                ("confidence", evidence.Confidence),
                ("status", relation.Status.Name()),
                ("relation", relation.Id))));
        }
    }

    /// <summary>The direct relationship, then (for actions) each event's roles.</summary>
    public static IEnumerable<(CypherStatement, IReadOnlyDictionary<string, object?>)> RelationRows(Relation relation)
    {
        DateOnly[] dates = relation.Evidence.Where(e => e.Date is not null).Select(e => e.Date!.Value).Distinct().Order().ToArray();
        string[] sources = relation.Evidence.Select(e => e.SourceId).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        var props = Props(
            ("id", relation.Id),
            ("count", (long)relation.Evidence.Count),
            ("articles", relation.Evidence.Select(e => e.ArticleId).ToArray()),
            ("sentences", relation.Evidence.Select(e => e.Sentence).ToArray()),
            ("dates", dates),
            ("firstDate", dates.Length > 0 ? dates[0] : null),
            ("lastDate", dates.Length > 0 ? dates[^1] : null),
            ("cameo", relation.Info.Cameo),
            ("title", relation.Title),
            ("status", relation.Status.Name()),
            ("sources", sources.Length > 0 ? sources : null),
            ("confidence", relation.Evidence.Count > 0 ? relation.Evidence.Max(e => e.Confidence) : null));
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["from"] = relation.SubjectId,
            ["to"] = relation.ObjectId,
            ["id"] = relation.Id,
            ["props"] = props,
        };
        yield return (GraphStatements.Relation(relation.Predicate), row);

        if (!relation.Info.IsAction)
        {
            yield break;
        }

        foreach (Evidence evidence in relation.Evidence)
        {
            string id = relation.EventId(evidence);
            yield return (GraphStatements.EventActors, Link(id, relation.SubjectId, null));
            yield return (GraphStatements.EventTargets, Link(id, relation.ObjectId, null));
            if (evidence.PlaceId is not null)
            {
                yield return (GraphStatements.EventPlaces, Link(id, evidence.PlaceId, null));
            }

            yield return (GraphStatements.EventArticles, Link(id, evidence.ArticleId, null));
            if (evidence.SourceId is not null)
            {
                yield return (GraphStatements.EventSources, Link(id, evidence.SourceId, null));
            }
        }
    }

    private static Dictionary<string, object?> Node(string id, Dictionary<string, object?> props) =>
        new(StringComparer.Ordinal) { ["id"] = id, ["props"] = props };

    private static Dictionary<string, object?> Link(string from, string to, Dictionary<string, object?>? props)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["from"] = from, ["to"] = to };
        if (props is not null)
        {
            row["props"] = props;
        }

        return row;
    }

    private static Dictionary<string, object?> Props(params (string Key, object? Value)[] entries)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            switch (value)
            {
                case null:
                    break;
                case string text:
                    props[key] = Clean(text);
                    break;
                case string[] texts:
                    props[key] = Array.ConvertAll(texts, Clean);
                    break;
                default:
                    props[key] = value;
                    break;
            }
        }

        return props;
    }

    /// <summary>
    /// Neo4j strings travel as UTF-8, which cannot carry an unpaired surrogate: it is replaced by U+FFFD
    /// here, so the value sent is the value stored and a second push finds nothing to change.
    /// </summary>
    private static string Clean(string text)
    {
        int i = 0;
        while (i < text.Length && !char.IsSurrogate(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
