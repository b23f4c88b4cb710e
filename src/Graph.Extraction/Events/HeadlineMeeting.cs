using System.Text.RegularExpressions;
using Graph.Extraction.Mentions;
using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// A transcript's headline that names its speakers and the meeting they hold: "Remarks by President A and Prime
/// Minister B of X Before Bilateral Meeting", "... in Virtual Trilateral Meeting". The speakers meet one another, the
/// first named with each other one. Title case leaves the parse of such a line unreliable, so it is read as written.
/// </summary>
internal static partial class HeadlineMeeting
{
    /// <summary>The speakers, then what they do: a meeting of two or three sides, or their own meeting.</summary>
    [GeneratedRegex(
        @"^(?:remarks|statements?|joint statement)\s+(?:by|of)\s+(?<speakers>.+?)\s+(?:before|after|during|ahead of|at|in|following)\s+(?:an?\s+|the\s+|their\s+)?(?:expanded\s+)?(?:virtual\s+)?(?:(?<sides>bilateral|trilateral)\s+)?meeting\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary>
    /// The headline and the mentions of the speakers who meet, the first named first; empty when the headline names
    /// no such meeting or fewer than two speakers. A meeting the headline does not call bilateral or trilateral is theirs
    /// only when "their" says so ("Before Their Meeting"); "in a Meeting on Immigration" may be one of colleagues.
    /// </summary>
    public static (Sentence? Headline, IReadOnlyList<EntityMention> Speakers) Find(ExtractionContext context)
    {
        Sentence? headline = context.Sentences.FirstOrDefault(s => s.IsHeadline);
        Match match = headline is null ? Match.Empty : Heading().Match(headline.Text.Trim());
        if (headline is null || !match.Success || (!match.Groups["sides"].Success && !match.Value.Contains(" their ", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, []);
        }

        int offset = headline.Span.Start + headline.Text.Length - headline.Text.TrimStart().Length;
        int start = offset + match.Groups["speakers"].Index;
        int end = start + match.Groups["speakers"].Length;
        var named = context.MentionsIn(headline.Index)
            .Where(m => m.Span.Start >= start && m.Span.End <= end && m.EntityIds.Count > 0 && !m.IsModifier
                && m.Kind == MentionKind.Name && !IsHeldOffice(context, headline, m))
            .ToList();

        // "President A and Prime Minister B of X": the people speak; "X" is where B's office is.
        var people = named.Where(m => m.EffectiveType == EntityType.Person).ToList();
        var speakers = people.Count >= 2 ? people : named;
        return speakers.Select(m => m.EntityIds[0]).Distinct(StringComparer.Ordinal).Count() >= 2 ? (headline, speakers) : (null, []);
    }

    /// <summary>True for the country or body a speaker's title is held in ("NATO" in "NATO Secretary General C").</summary>
    private static bool IsHeldOffice(ExtractionContext context, Sentence headline, EntityMention mention) =>
        context.MentionsIn(headline.Index).Any(m => ReferenceEquals(m.TitleHolder, mention));
}
