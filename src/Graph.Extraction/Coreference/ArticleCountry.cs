using Graph.Extraction.Events;
using Graph.Model;

namespace Graph.Extraction.Coreference;

/// <summary>
/// Whose officials a news article names with a bare national title ("Prime Minister X", "Home Secretary Y") when the
/// article is about one country: a reporter qualifies a foreign official's title ("Peru's foreign minister") and
/// leaves the article's own country's unsaid. The article's country is the one country its headline names ("UK asylum
/// process to change"), unless the headline names an official of it (then the article is about a meeting with that
/// country, and says nothing of whose the others are), or else one with at least <see cref="MinShare"/> of the article's mentions of countries (names
/// and adjectives) and at least <see cref="MinMentions"/>; its unqualified state officeholders whose country nothing
/// else tells serve it. Statements of a government are left to <see cref="HomeGovernment"/>, which knows their issuer.
/// </summary>
internal static class ArticleCountry
{
    /// <summary>The share of the article's country mentions the country needs.</summary>
    public const double MinShare = 0.6;

    /// <summary>The mentions the country needs.</summary>
    public const int MinMentions = 3;

    /// <summary>Gives the article's country to its unqualified officeholders whose country is unknown.</summary>
    public static void Apply(ExtractionContext context)
    {
        if (StatementIssuer.IsStatement(context) || Dominant(context) is not { } country)
        {
            return;
        }

        var unqualified = HomeGovernment.UnqualifiedOfficials(context)
            .Where(r => r.CountryId is null && !context.Resources.Gazetteer.IsHeadOffice(r.Title ?? string.Empty));
        foreach (EntityRecord person in unqualified)
        {
            person.CountryId = country;
        }
    }

    private static string? Dominant(ExtractionContext context)
    {
        var countries = context.Mentions.Where(m => m.EffectiveType == EntityType.Country && m.EntityIds.Count == 1).ToList();

        // A country whose official the headline names ("Call with Prime Minister X of Y", "Croatian Prime Minister X") is
        // the other side of the news, not its country.
        var holders = context.Mentions.Where(m => m.TitleHolder is not null).Select(m => (m.SentenceIndex, m.TitleHolder!.Span)).ToHashSet();
        var inHeadline = countries.Where(m => context.Sentences[m.SentenceIndex].IsHeadline)
            .Select(m => (m.EntityIds[0], Holder: holders.Contains((m.SentenceIndex, m.Span))))
            .ToList();
        if (inHeadline.Any(c => c.Holder))
        {
            return null;
        }

        var named = inHeadline.Select(c => c.Item1).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            return named.Count == 1 ? named[0] : null;
        }

        var counts = countries
            .GroupBy(m => m.EntityIds[0], StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        int total = counts.Sum(c => c.Count);
        return counts.Count > 0 && counts[0].Count >= MinMentions && counts[0].Count >= MinShare * total ? counts[0].Id : null;
    }
}
