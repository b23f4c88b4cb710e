using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Model;

/// <summary>
/// Deterministic ids: the same entity, fact or article gets the same id on every run and machine,
/// so separate stores and Neo4j MERGEs converge.
/// </summary>
public static class StableId
{
    /// <summary>
    /// Id of an entity: its type and canonical name, e.g. <c>person:rex_tillerson</c>. Named events are
    /// <c>namedevent:…</c>, keeping the <c>event:</c> space for reported events (<see cref="Event"/>).
    /// </summary>
    public static string Entity(EntityType type, string canonicalName) =>
        string.Concat(type == EntityType.Event ? "namedevent" : type.ToString().ToLowerInvariant(), ":", Slug(canonicalName));

    /// <summary>Id of an article: a prefix of the SHA-256 of its text.</summary>
    public static string Article(string contentHash) => "article:" + contentHash[..16];

    /// <summary>
    /// Id of an aggregated relation (subject, predicate, object, for positions title, and status). An asserted
    /// relation hashes the first four alone, so its id is the one a store of schema version 1 (which had no
    /// statuses) holds for it; any other status is hashed too, so an alleged attack is never the same relation
    /// as an asserted one.
    /// </summary>
    public static string Relation(string subjectId, Predicate predicate, string objectId, string? title, FactStatus status)
    {
        string name = PredicateInfo.Of(predicate).Name;
        string key = string.Join('\u001f', subjectId, name, objectId, title ?? string.Empty);
        return "rel:" + ShortHash(status == FactStatus.Asserted ? key : key + "\u001f" + status.Name());
    }

    /// <summary>Id of one reported event: one relation as stated by one sentence of one article.</summary>
    public static string Event(string relationId, string articleId, int sentenceIndex) =>
        "event:" + ShortHash(string.Join('\u001f', relationId, articleId, sentenceIndex.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Lower-case letters and digits kept, every other run of characters becomes one underscore.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        bool pendingSeparator = false;
        foreach (char c in NormalizeKc(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSeparator = false;
            }
            else if (c is not ('\'' or '\u2019'))
            {
                pendingSeparator = true;
            }
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Text with an unpaired surrogate cannot be normalized; its letters and digits still make a slug.
    private static string NormalizeKc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static string ShortHash(string text) => Sha256Hex(text)[..16];
}
