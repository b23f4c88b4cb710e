using System.Globalization;
using System.Text;
using Graph.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Reads gold documents strictly: every field the format defines must have its type, ids must be unique,
/// facts must refer to declared entities, types and predicates must be in the closed sets. Fields the format
/// does not define (an extractor's sentence index or span, for instance) are ignored.
/// </summary>
internal static class GoldDocumentReader
{
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] TypeNames = Enum.GetNames<EntityType>();

    public static GoldDocument Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GoldFormatException(path, "no such file", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException(path, "cannot be read: " + ex.Message, ex);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new GoldFormatException(path, $"invalid UTF-8 at byte {ex.Index}", ex);
        }

        return Parse(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, path);
    }

    public static GoldDocument Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JToken root = Load(json, source);
        if (root is not JObject document)
        {
            throw Problem(source, root, $"expected an object with \"entities\" and \"facts\", found {Describe(root)}");
        }

        JArray entityArray = RequiredArray(source, document, "entities");
        JArray factArray = RequiredArray(source, document, "facts");
        var entities = new List<GoldEntity>(entityArray.Count);
        var firstById = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (JToken token in entityArray)
        {
            GoldEntity entity = ReadEntity(source, token);
            if (firstById.TryGetValue(entity.Id, out JToken? first))
            {
                throw Problem(source, token["id"]!, $"duplicate id \"{entity.Id}\" (first used at {first.Path})");
            }

            firstById[entity.Id] = token;
            entities.Add(entity);
        }

        var facts = new List<GoldFact>(factArray.Count);
        foreach (JToken token in factArray)
        {
            facts.Add(ReadFact(source, token, firstById));
        }

        return new GoldDocument(
            OptionalString(source, document, "article"), OptionalDate(source, document, "published"), entities, facts);
    }

    private static JToken Load(string json, string source)
    {
        try
        {
            RejectComments(json, source);
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            var settings = new JsonLoadSettings
            {
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                LineInfoHandling = LineInfoHandling.Load,
            };
            JToken root = JToken.ReadFrom(reader, settings);
            while (reader.Read())
            {
                // Reading past the document fails on anything but white space.
            }

            return root;
        }
        catch (JsonException ex)
        {
            throw new GoldFormatException(source, "not valid JSON: " + ex.Message.ReplaceLineEndings(" "), ex);
        }
    }

    // JSON has no comments, though the reader would skip them.
    private static void RejectComments(string json, string source)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        while (reader.Read())
        {
            if (reader.TokenType == JsonToken.Comment)
            {
                throw new GoldFormatException(source, $"not valid JSON: a comment at line {reader.LineNumber}");
            }
        }
    }

    private static GoldEntity ReadEntity(string source, JToken token)
    {
        JObject entity = token as JObject ?? throw Problem(source, token, $"expected an entity object, found {Describe(token)}");
        string id = RequiredString(source, entity, "id");
        JToken typeToken = Required(source, entity, "type");
        string typeName = StringValue(source, typeToken);
        int type = Array.IndexOf(TypeNames, typeName);
        if (type < 0)
        {
            throw Problem(source, typeToken, $"unknown entity type \"{typeName}\"; expected {string.Join(", ", TypeNames)}");
        }

        string name = RequiredString(source, entity, "name");
        var aliases = new List<string>();
        if (entity["aliases"] is { Type: not JTokenType.Null } aliasToken)
        {
            if (aliasToken is not JArray aliasArray)
            {
                throw Problem(source, aliasToken, $"expected an array of names or null, found {Describe(aliasToken)}");
            }

            aliases.AddRange(aliasArray.Select(alias => StringValue(source, alias)));
        }

        return new GoldEntity(id, (EntityType)type, name, aliases);
    }

    private static GoldFact ReadFact(string source, JToken token, Dictionary<string, JToken> entities)
    {
        JObject fact = token as JObject ?? throw Problem(source, token, $"expected a fact object, found {Describe(token)}");
        string subject = EntityReference(source, fact, "subject", entities);
        JToken predicateToken = Required(source, fact, "predicate");
        string predicateName = StringValue(source, predicateToken);
        if (!PredicateInfo.TryParse(predicateName, out PredicateInfo? predicate))
        {
            throw Problem(
                source,
                predicateToken,
                $"unknown predicate \"{predicateName}\"; expected one of {string.Join(", ", PredicateInfo.All.Select(p => p.Name))}");
        }

        string obj = EntityReference(source, fact, "object", entities);
        string sentence = RequiredString(source, fact, "sentence");
        double? confidence = null;
        if (fact["confidence"] is { Type: not JTokenType.Null } confidenceToken)
        {
            if (confidenceToken.Type is not (JTokenType.Float or JTokenType.Integer) || confidenceToken.Value<double>() is < 0 or > 1)
            {
                throw Problem(source, confidenceToken, $"expected a number from 0 to 1 or null, found {Describe(confidenceToken)}");
            }

            confidence = confidenceToken.Value<double>();
        }

        return new GoldFact(
            subject,
            predicate.Predicate,
            obj,
            sentence,
            OptionalDate(source, fact, "date"),
            OptionalString(source, fact, "place"),
            OptionalString(source, fact, "title"),
            confidence);
    }

    private static string EntityReference(string source, JObject fact, string property, Dictionary<string, JToken> entities)
    {
        JToken token = Required(source, fact, property);
        string id = StringValue(source, token);
        return entities.ContainsKey(id) ? id : throw Problem(source, token, $"no entity has the id \"{id}\"");
    }

    private static JToken Required(string source, JObject parent, string property) =>
        parent[property] ?? throw Problem(source, parent, $"missing \"{property}\"");

    private static JArray RequiredArray(string source, JObject parent, string property)
    {
        JToken token = Required(source, parent, property);
        return token as JArray ?? throw Problem(source, token, $"expected an array, found {Describe(token)}");
    }

    private static string RequiredString(string source, JObject parent, string property) =>
        StringValue(source, Required(source, parent, property));

    private static string StringValue(string source, JToken token) =>
        token.Type == JTokenType.String && token.Value<string>() is { Length: > 0 } text
            ? text
            : throw Problem(source, token, $"expected a non-empty string, found {Describe(token)}");

    private static string? OptionalString(string source, JObject parent, string property) =>
        parent[property] is { Type: not JTokenType.Null } token ? StringValue(source, token) : null;

    private static DateOnly? OptionalDate(string source, JObject parent, string property)
    {
        if (parent[property] is not { Type: not JTokenType.Null } token)
        {
            return null;
        }

        if (token.Type == JTokenType.String
            && DateOnly.TryParseExact(token.Value<string>(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        throw Problem(source, token, $"expected a date YYYY-MM-DD or null, found {Describe(token)}");
    }

    private static GoldFormatException Problem(string source, JToken token, string problem)
    {
        string where = token.Path.Length == 0 ? "document" : token.Path;
        if (token is IJsonLineInfo info && info.HasLineInfo())
        {
            where += $" (line {info.LineNumber})";
        }

        return new GoldFormatException(source, $"{where}: {problem}");
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"\"{Shorten(token.Value<string>() ?? string.Empty)}\"",
        JTokenType.Null => "null",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Integer or JTokenType.Float => "the number " + token.ToString(Formatting.None),
        JTokenType.Boolean => token.ToString(Formatting.None),
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
