using System.Text.RegularExpressions;
using Graph.Extraction.Cleanup;
using Graph.Extraction.Events;
using Graph.Extraction.Mentions;
using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction.Coreference;

/// <summary>
/// Who speaks in each sentence of a transcript, from the capitalized labels that open its turns ("VICE PRESIDENT
/// HARRIS: Thank you ...", "Ada Roe: I think ..."), and whom the speaker answers: the speaker of the turn before, or for the opening turn,
/// the next one. A paragraph without a label continues the turn before it; a questioner ("Q:") is nobody named.
/// </summary>
internal sealed partial class SpeakerTurns
{
    private readonly (string? Speaker, string? Addressee)[] _bySentence;

    private SpeakerTurns((string? Speaker, string? Addressee)[] bySentence, bool spoken = true)
    {
        _bySentence = bySentence;
        IsSpoken = spoken;
    }

    /// <summary>
    /// True when the turns are spoken (a transcript, an interview): a clause without a subject of its own is the
    /// speaker's ("Thank you"). A written statement's author only stands for its "I".
    /// </summary>
    public bool IsSpoken { get; }

    /// <summary>
    /// The turns of an article: its speaker labels'; without labels, an interview's answers or a one-author statement's
    /// sentences; otherwise none.
    /// </summary>
    public static SpeakerTurns Find(ExtractionContext context)
    {
        var labels = new string?[context.Sentences.Count];
        var paragraphStarts = context.Paragraphs.Select(p => p.Span.Start).ToHashSet();
        string? current = null;
        bool any = false;
        foreach (var sentence in context.Sentences)
        {
            // A label opens a paragraph, so only a paragraph's first sentence can carry one.
            if (paragraphStarts.Contains(sentence.Span.Start)
                && Label().Match(context.Text, sentence.Span.Start, sentence.Span.End - sentence.Span.Start) is { Success: true } match)
            {
                string name = match.Groups[1].Value.Trim();
                current = name is "Q" ? null : name.ToLowerInvariant();
                any = true;
            }

            labels[sentence.Index] = current;
        }

        var bySentence = new (string?, string?)[context.Sentences.Count];
        if (!any)
        {
            return Interview(context) ?? Signed(context) ?? new SpeakerTurns(bySentence);
        }

        for (int i = 0; i < labels.Length; i++)
        {
            bySentence[i] = (labels[i], labels[i] is { } speaker ? Addressee(labels, i, speaker) : null);
        }

        return new SpeakerTurns(bySentence);
    }

    /// <summary>
    /// A question-and-answer interview without labels ("Wikinews interviews Ada Roe"): the person the headline says is
    /// interviewed answers every paragraph that is not a question, and is whom the questions address.
    /// </summary>
    private static SpeakerTurns? Interview(ExtractionContext context)
    {
        Sentence? headline = context.Sentences.FirstOrDefault(s => s.IsHeadline);
        int at = headline?.Text.IndexOf("interview", StringComparison.OrdinalIgnoreCase) ?? -1;
        if (headline is null || at < 0 || context.MentionsIn(headline.Index)
                .FirstOrDefault(m => m.Kind == MentionKind.Name && m.Type == EntityType.Person && m.Span.Start > headline.Span.Start + at) is not { Name: { } name })
        {
            return null;
        }

        string label = name.Split(' ')[^1].ToLowerInvariant();
        var bySentence = new (string?, string?)[context.Sentences.Count];
        foreach (Paragraph paragraph in context.Paragraphs.Where(p => p.IsKept && !p.IsHeadline))
        {
            var sentences = context.Sentences.Where(s => s.Span.Start >= paragraph.Span.Start && s.Span.End <= paragraph.Span.End).ToList();
            bool question = sentences.Count > 0 && sentences[^1].Text.TrimEnd().EndsWith('?');
            foreach (Sentence sentence in sentences)
            {
                bySentence[sentence.Index] = question ? (null, label) : (label, null);
            }
        }

        return new SpeakerTurns(bySentence);
    }

    /// <summary>
    /// A statement or remarks by one person ("Statement by President Ada Roe on ..."): its author says every sentence that
    /// quotes no one else.
    /// </summary>
    private static SpeakerTurns? Signed(ExtractionContext context)
    {
        if (StatementIssuer.Signatory(context) is not { Name: { } name })
        {
            return null;
        }

        string label = name.Split(' ')[^1].ToLowerInvariant();
        var bySentence = new (string?, string?)[context.Sentences.Count];
        foreach (Sentence sentence in context.Sentences.Where(s => !s.IsHeadline && s.Text.IndexOfAny(['"', '“', '”']) < 0))
        {
            bySentence[sentence.Index] = (label, null);
        }

        return new SpeakerTurns(bySentence, spoken: false);
    }

    /// <summary>
    /// The person a label names among <paramref name="people"/> (latest first): by surname ("VICE PRESIDENT HARRIS"), or
    /// by the title last given to them ("THE VICE PRESIDENT").
    /// </summary>
    public static EntityRecord? Named(string label, IReadOnlyList<EntityRecord> people)
    {
        string surname = label.Split(' ')[^1];
        string role = label.StartsWith("the ", StringComparison.Ordinal) ? label[4..] : label;
        for (int i = people.Count - 1; i >= 0; i--)
        {
            EntityRecord person = people[i];
            if (person.Type == EntityType.Person
                && (person.Name.Split(' ')[^1].Equals(surname, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(person.Title, role, StringComparison.OrdinalIgnoreCase)))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The speaker's label, lower case ("vice president harris"), in sentence <paramref name="index"/>, if known.</summary>
    public string? Speaker(int index) => index < _bySentence.Length ? _bySentence[index].Speaker : null;

    /// <summary>The label of whom the speaker answers in sentence <paramref name="index"/>, if known.</summary>
    public string? Addressee(int index) => index < _bySentence.Length ? _bySentence[index].Addressee : null;

    private static string? Addressee(string?[] labels, int index, string speaker)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (labels[i] is { } other && other != speaker)
            {
                return other;
            }
        }

        for (int i = index + 1; i < labels.Length; i++)
        {
            if (labels[i] is { } other && other != speaker)
            {
                return other;
            }
        }

        return null;
    }

    // A label of up to six capitalized words, then a colon: "SECRETARY GENERAL STOLTENBERG:", "Q:", and in interviews
    // "Ada Roe:".
    [GeneratedRegex(@"\G\s*([A-Z][\p{L}.'\u2019-]*(?: [A-Z][\p{L}.'\u2019-]*){0,5}):\s")]
    private static partial Regex Label();
}
