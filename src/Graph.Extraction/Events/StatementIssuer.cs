using Graph.Extraction.Mentions;
using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// Who "we" is in a statement: the government that issued it, when the headline says so ("Statement by
/// the Foreign Minister of X", "Remarks by President Y", "Joint Statement of A and B"), before what the headline says
/// the issuer did or with whom ("... Call with Z", "... Trip to W"). A person stands for the country whose office they
/// hold; one whose country is unknown leaves the issuer unknown. A joint statement is issued by the countries its headline
/// names ("Joint Statement on the A-B Partnership").
/// </summary>
internal static class StatementIssuer
{
    private static readonly string[] Kinds =
    [
        "statement", "remarks", "readout", "declaration", "communiqué", "communique", "press release", "joint statement", "message", "fact sheet",
    ];

    /// <summary>True when the headline says the article is a statement, readout, remarks or the like, issued by someone.</summary>
    public static bool IsStatement(ExtractionContext context) => Headline(context) is not null;

    /// <summary>Entity ids "we" stands for in this article; empty when the headline names no issuer.</summary>
    public static IReadOnlyList<string> Find(ExtractionContext context)
    {
        Sentence? headline = Headline(context);
        if (headline is null)
        {
            return [];
        }

        // "Joint Statement on the U.S.-Ukraine Strategic Partnership": the countries a joint statement's headline names issue it.
        if (headline.Text.TrimStart().StartsWith("joint", StringComparison.OrdinalIgnoreCase))
        {
            var parties = context.MentionsIn(headline.Index)
                .Where(m => m.EffectiveType == EntityType.Country && m.EntityIds.Count == 1)
                .Select(m => m.EntityIds[0]).Distinct(StringComparer.Ordinal).ToList();
            if (parties.Count >= 2)
            {
                return parties;
            }
        }

        if (IssuerSpan(headline) is not (int start, int end))
        {
            return [];
        }

        var issuers = new List<string>();
        foreach (EntityMention mention in context.MentionsIn(headline.Index))
        {
            if (mention.Span.Start < start || mention.Span.End > end || mention.EntityIds.Count == 0 || mention.IsModifier)
            {
                continue;
            }

            foreach (string id in mention.EntityIds)
            {
                var record = context.Entities.Find(id);
                string? government = record?.Type == EntityType.Person ? record.CountryId : id;
                if (government is null)
                {
                    // "Remarks by A and B of Ireland" where A's country is unknown: "we" is no one government for sure.
                    return [];
                }

                if (!issuers.Contains(government))
                {
                    issuers.Add(government);
                }
            }
        }

        return issuers;
    }

    /// <summary>
    /// The one person a statement's or remarks' headline names as its author ("Statement by President Ada Roe on ..."),
    /// whom "I" stands for in its text; null for a readout, a fact sheet, a joint statement, or several authors.
    /// </summary>
    public static EntityMention? Signatory(ExtractionContext context)
    {
        if (Headline(context) is not { } headline || IssuerSpan(headline) is not (int start, int end)
            || headline.Text.TrimStart().Split(' ')[0].ToLowerInvariant() is "readout" or "joint" or "fact")
        {
            return null;
        }

        var people = context.MentionsIn(headline.Index)
            .Where(m => m.Kind == MentionKind.Name && m.Type == EntityType.Person && m.Span.Start >= start && m.Span.End <= end)
            .ToList();
        return people.Count == 1 ? people[0] : null;
    }

    /// <summary>
    /// Where the issuer is named: after "by", "of" or "from", before any "on"/"about" that names the subject matter, or
    /// what the issuer did or with whom ("Readout of X's Call with Y", "... Trip to Z", "... During a Visit").
    /// </summary>
    private static (int Start, int End)? IssuerSpan(Sentence headline)
    {
        string text = headline.Text;
        int from = IndexOfWord(text, ["by", "of", "from"]);
        if (from < 0)
        {
            return null;
        }

        int about = IndexOfWord(text, ["on", "about", "regarding", "following", "after", "with", "to", "in", "at", "during", "before", "ahead"], from);
        return (headline.Span.Start + from, about < 0 ? headline.Span.End : headline.Span.Start + about);
    }

    /// <summary>
    /// Entity ids the headline names as whom the issuer met or called ("Readout of X's Call with President Y of Z"): the
    /// counterparts, whose country is no clue to the issuer's.
    /// </summary>
    public static IReadOnlySet<string> Counterparts(ExtractionContext context)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (Headline(context) is not { } headline || IndexOfWord(headline.Text, ["with"]) is var with && with < 0)
        {
            return ids;
        }

        foreach (EntityMention mention in context.MentionsIn(headline.Index).Where(m => m.Span.Start >= headline.Span.Start + with))
        {
            ids.UnionWith(mention.EntityIds);
        }

        return ids;
    }

    private static Sentence? Headline(ExtractionContext context) =>
        context.Sentences.FirstOrDefault(s => s.IsHeadline) is { } headline
        && Kinds.Any(k => headline.Text.TrimStart().StartsWith(k, StringComparison.OrdinalIgnoreCase))
            ? headline
            : null;

    private static int IndexOfWord(string text, string[] words, int from = 0)
    {
        int best = -1;
        foreach (string word in words)
        {
            int at = text.IndexOf(" " + word + " ", from, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at + 1;
            }
        }

        return best;
    }
}
