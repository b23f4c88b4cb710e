using Graph.Extraction.Internal;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>Judges a written actor form: whether it names a body as text writes it, and how it must be matched.</summary>
public sealed class ActorForm
{
    /// <summary>Forms of at most this many letters match only as written.</summary>
    public const int MaxShortLetters = 4;

    /// <summary>Acronyms of at most this many letters are left out: each stands for many bodies.</summary>
    public const int MaxAmbiguousAcronymLetters = 3;

    private readonly WordUsage _usage;
    private readonly ActorPeople _people;

    /// <summary>Creates a judge that knows ordinary words by <paramref name="usage"/>, people's names and places by <paramref name="people"/>.</summary>
    public ActorForm(WordUsage usage, ActorPeople people)
    {
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
        _people = people ?? throw new ArgumentNullException(nameof(people));
    }

    /// <summary>
    /// Why <paramref name="form"/> (written case) is no name of a body, or null when it is one: too short, an ordinary
    /// word, an adjective, a role phrase, a person's name, only ordinary words, or not written as a name.
    /// </summary>
    public string? Reject(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string[] words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] lower = [.. words.Select(w => w.ToLowerInvariant())];
        if (words.Length == 0 || form.Count(char.IsLetter) <= 2)
        {
            return "one or two letters";
        }

        if (form.Contains('/', StringComparison.Ordinal) || form.Contains('+', StringComparison.Ordinal) || !char.IsLetterOrDigit(form[0]))
        {
            return "not written as a name";
        }

        bool head = lower.Any(w => ActorWords.Heads.Contains(w));
        if (lower.Any(w => ActorWords.Roles.Contains(w.TrimEnd('.')) || w.Split('-').Any(ActorWords.Roles.Contains)) && !head)
        {
            return "role phrase";
        }

        // A treaty or a resolution is a document, not a body ("Antarctic Treaty").
        if (words.Length > 1 && !head && ActorWords.Documents.Contains(lower[^1]))
        {
            return "document";
        }

        // An Arabic patronymic ("Osama bin Laden") names a person.
        if (words.Length > 2 && !head && lower[1..^1].Any(ActorWords.Patronymics.Contains))
        {
            return "person";
        }

        if (words.Length == 1)
        {
            // Three capitals have many readings in news ("IRA", "EPA", "NGO"): such a form names no one body. Initials
            // joined by an ampersand ("AT&T") have one.
            if (IsAcronym(words[0]) && words[0].Count(char.IsLetter) <= MaxAmbiguousAcronymLetters && !words[0].Contains('&', StringComparison.Ordinal))
            {
                return "short acronym";
            }

            // A plural of an ordinary noun ("Tigers") is one too.
            if (_usage.IsOrdinary(words[0]) || _usage.IsWrittenInLowerCase(words[0]) || ActorWords.Heads.Contains(lower[0])
                || (lower[0].Length > 4 && lower[0].EndsWith('s') && _usage.IsOrdinary(lower[0][..^1])))
            {
                return "ordinary word";
            }

            // A surname alone ("Nasrallah" among a party's names) names its bearer.
            if (_people.Surnames.Contains(lower[0]))
            {
                return "person";
            }

            if (!IsAcronym(words[0]) && ActorWords.AdjectiveEndings.Any(e => lower[0].EndsWith(e, StringComparison.Ordinal)))
            {
                return "adjective";
            }
        }

        if (_people.Places.Contains(form.ToLowerInvariant()))
        {
            return "place";
        }

        if (!head && (_people.GivenNames.Contains(lower[0]) || (words.Length is 2 or 3 && _people.Surnames.Contains(lower[^1]))))
        {
            return "person";
        }

        if (!head && lower.All(w => ActorWords.Lower.Contains(w) || w.All(char.IsAsciiDigit) || Calendar.IsCalendarWord(w) || w.Split('-').All(Ordinary)))
        {
            return "ordinary words";
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="form"/> names the members of a body rather than the body, or null: its last word is a plural
    /// noun of people or countries ("ASEAN Countries", "ASEAN Defense Ministers"). A name with a preposition is headed
    /// by a word before it ("Organization of American States", "Parliamentarians for Global Action"), one body.
    /// "States" counts only for an <paramref name="intergovernmental"/> body, whose members are states.
    /// </summary>
    public string? RejectGroupOfMembers(string form, bool intergovernmental)
    {
        ArgumentNullException.ThrowIfNull(form);
        string[] lower = form.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (lower.Length < 2 || lower.Any(ActorWords.Prepositions.Contains))
        {
            return null;
        }

        return ActorWords.PluralMembers.Contains(lower[^1]) || (intergovernmental && lower[^1] == "states") ? "group of members" : null;
    }

    /// <summary>
    /// True when <paramref name="form"/> must match only as written: a short form (at most four letters) or a single
    /// ordinary word, which in another case is a common word ("WHO", "IS").
    /// </summary>
    public bool IsExactCase(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return IsShort(form) || (!form.Contains(' ', StringComparison.Ordinal) && form.Split('-').Any(_usage.IsOrdinary));
    }

    /// <summary>True when a word of <paramref name="phrase"/> (any case, words apart by spaces or underscores) names a kind of body.</summary>
    public static bool HasHeadWord(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return phrase.ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries).Any(ActorWords.Heads.Contains);
    }

    /// <summary>True when <paramref name="form"/> has at most <see cref="MaxShortLetters"/> letters.</summary>
    public static bool IsShort(string form) => form.Count(char.IsLetter) <= MaxShortLetters;

    private bool Ordinary(string word) => _usage.IsOrdinary(word) || ActorWords.Prefixes.Contains(word);

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
