using System.Text;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Writes a dictionary phrase (<c>NORTH_ATLANTIC_TREATY_ORGANIZATION_</c>) as text writes the name ("North Atlantic
/// Treaty Organization"): words with an initial capital, function words inside the name in lower case, acronyms and
/// initials in capitals, a leading "the" left out.
/// </summary>
public sealed class ActorNameCase
{
    private readonly WordUsage _usage;

    /// <summary>Creates a writer that tells acronyms and ordinary words by <paramref name="usage"/>.</summary>
    public ActorNameCase(WordUsage usage)
    {
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
    }

    /// <summary>
    /// The written name, or an empty string when the phrase has no word. An acronym the phrase gives in parentheses
    /// ("ANIMAL_LIBERATION_FRONT_(ALF)_") is left out of the name and returned in <paramref name="acronym"/>.
    /// </summary>
    public string Write(string phrase, out string? acronym) => Write(phrase, intergovernmental: false, out acronym);

    /// <summary>
    /// The written name, as <see cref="Write(string, out string?)"/>; the name of an
    /// <paramref name="intergovernmental"/> body that is one word text never writes is its acronym ("BIMSTEC"):
    /// such bodies go by acronyms.
    /// </summary>
    public string Write(string phrase, bool intergovernmental, out string? acronym)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        acronym = null;
        var words = new List<string>();
        bool inParentheses = false;
        foreach (string word in phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            // A one-word parenthesis is the name's acronym; a longer one is a gloss ("(SOUTH AFRICA)"), left out.
            if (word.Length > 2 && word.StartsWith('(') && word.EndsWith(')'))
            {
                acronym ??= word[1..^1].ToUpperInvariant();
                continue;
            }

            if (word.StartsWith('(') || inParentheses)
            {
                inParentheses = !word.EndsWith(')');
                continue;
            }

            words.Add(word);
        }

        if (words.Count > 1 && words[0].Equals("THE", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        var result = new StringBuilder();
        for (int w = 0; w < words.Count; w++)
        {
            if (w > 0)
            {
                result.Append(' ');
            }

            result.Append(WriteWord(words[w], inner: w > 0 && w < words.Count - 1));
        }

        // A name of one short word ("IAEA", "AMAL") is an acronym unless text writes it as a word.
        if (words.Count == 1 && words[0].All(c => char.IsLetter(c))
            && (words[0].Length is >= 2 and <= ActorForm.MaxShortLetters || (intergovernmental && !_usage.IsKnown(words[0])))
            && !_usage.IsOrdinary(words[0]) && !_usage.IsWrittenCapitalized(words[0]) && _usage.MixedForm(words[0]) is null)
        {
            return words[0].ToUpperInvariant();
        }

        return result.ToString();
    }

    private string WriteWord(string word, bool inner)
    {
        string lower = word.ToLowerInvariant();
        if (inner && ActorWords.Lower.Contains(lower))
        {
            return lower;
        }

        // Initials joined by an ampersand ("AT&T", "H&Q") are written in capitals.
        if (word.Contains('&', StringComparison.Ordinal) && word.Split('&').All(p => p.Length is > 0 and <= 2 && p.All(char.IsLetter)))
        {
            return word.ToUpperInvariant();
        }

        // Initials and dotted acronyms ("U.N.", "B."): every letter stands alone.
        if (word.Contains('.', StringComparison.Ordinal))
        {
            string[] pieces = word.Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.All(p => p.Length == 1))
            {
                return word.ToUpperInvariant();
            }
        }

        var result = new StringBuilder();
        int start = 0;
        for (int k = 0; k <= word.Length; k++)
        {
            if (k < word.Length && word[k] != '-' && word[k] != '/')
            {
                continue;
            }

            string segment = word[start..k];
            bool article = k < word.Length && word[k] == '-' && ActorWords.Articles.Contains(segment.ToLowerInvariant());
            result.Append(article ? segment.ToLowerInvariant() : WriteSegment(segment));
            if (k < word.Length)
            {
                result.Append(word[k]);
            }

            start = k + 1;
        }

        return result.ToString();
    }

    private string WriteSegment(string segment)
    {
        string letters = new([.. segment.Where(char.IsLetter)]);
        if (letters.Length == 0)
        {
            return segment;
        }

        // An ordinal ("23RD") keeps its suffix in lower case.
        if (char.IsAsciiDigit(segment[0]))
        {
            return segment.ToLowerInvariant();
        }

        // A word text writes in a case of its own ("PepsiCo") keeps it.
        if (letters.Length == segment.Length && _usage.MixedForm(letters) is { } mixed)
        {
            return mixed;
        }

        return IsAcronym(letters) ? segment.ToUpperInvariant() : char.ToUpperInvariant(segment[0]) + segment[1..].ToLowerInvariant();
    }

    /// <summary>
    /// An acronym: text writes it in capitals or, unknown as a word and as a name, it has no vowel. A short unknown word
    /// inside a longer name is most often a foreign word ("Aum", "Hind"); a whole name of one short word is an acronym
    /// (see <see cref="Write(string, bool, out string?)"/>).
    /// </summary>
    public bool IsAcronym(string letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        if (letters.Length < 2)
        {
            return false;
        }

        if (_usage.IsWrittenInCapitals(letters))
        {
            return true;
        }

        string lower = letters.ToLowerInvariant();
        if (_usage.IsWrittenCapitalized(letters) || _usage.IsOrdinary(letters) || ActorWords.Lower.Contains(lower) || ActorWords.Prefixes.Contains(lower))
        {
            return false;
        }

        return !letters.Any(c => "AEIOUYaeiouy".Contains(c, StringComparison.Ordinal));
    }
}
