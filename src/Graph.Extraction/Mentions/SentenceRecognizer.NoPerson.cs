using Graph.Extraction.Internal;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Mentions;

/// <summary>Names the recognizer reads as people's that their own words or the list they stand in say are not.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>A list of at least this many one-word names and nothing else lists places or things, not people.</summary>
    internal const int MinBareNameList = 4;

    /// <summary>
    /// What an untitled name the recognizer reads as a person's is by its own words, or null when they say nothing
    /// against a person: an organization when it holds "&amp;" ("Okafor &amp; Reyes"), ends in an abbreviation ("Moody
    /// AFB") or, after one word, in a plural common noun ("Lumen Devices"); a place when it ends in a geographic
    /// feature's word ("Willow Creek Falls"). A name that begins with a known officeholder's given name or ends with a
    /// known surname stays a person's ("Maria Fields"), unless it ends in a company's word ("Turner Construction").
    /// </summary>
    private NameType? ReadByItsWords(IReadOnlyList<Token> t, int start, int end)
    {
        if (end - start < 2)
        {
            return null;
        }

        if (Enumerable.Range(start, end - start).Any(k => t[k].Text == "&"))
        {
            return NameType.Organization;
        }

        // "Halden Capital", "Turner Construction": a company's last word, whoever's name comes before it.
        if (IsCompanyName(t, start, end))
        {
            return NameType.Organization;
        }

        Officeholders people = _gazetteer.Officeholders;
        string last = t[end - 1].Text;
        if (people.IsGivenName(t[start].Text) || people.IsSurname(last))
        {
            return null;
        }

        // Three words may be a given, a middle and a surname that is also a plural ("Ada Lance Fields").
        if (IsAbbreviation(last) || (end - start == 2 && IsPluralCommonNoun(t[end - 1].Lower)))
        {
            return NameType.Organization;
        }

        return (_lexicon.NounKindOf(t[end - 1].Lower) & NounKind.PlaceFeature) != 0 ? NameType.Location : null;
    }

    /// <summary>
    /// "Chief Executive Ada Okafor of Lumen Display": a name after a person's name and "of" is where that person works or
    /// comes from, no one else; an organization when it has several words, else a place (which needs a place's context).
    /// A possessive after it makes it a person's name ("acquitted Jo Roe of Lee Barrow's murder").
    /// </summary>
    private static NameType? ReadAsAPersonsBody(IReadOnlyList<Token> t, int start, int end, List<EntityMention> mentions) =>
        start >= 2 && t[start - 1].Lower == "of" && At(t, end)?.Kind != TokenKind.Possessive
        && mentions.Any(m => m.TokenEnd == start - 1 && m.Kind == MentionKind.Name && m.Type == EntityType.Person && !m.IsTentative)
            ? end - start > 1 ? NameType.Organization : NameType.Location
            : null;

    /// <summary>
    /// "the counties of Washtenaw and Wayne", "the town of Aldmere": a name (or the first of a list) that a kind of place
    /// names with "of" is a place. <paramref name="root"/> is the name's <see cref="ListRoot"/>.
    /// </summary>
    private NameType? ReadAsAPlaceOfAKind(ParsedSentence parse, int root)
    {
        if (root < 0 || parse.Tokens[root] is not { Relation: "nmod", Head: >= 0 } named
            || !parse.Children(root).Any(c => parse.Tokens[c] is { Relation: "case", Form: "of" or "Of" }))
        {
            return null;
        }

        string kind = parse.Tokens[named.Head].Lemma.ToLowerInvariant();
        return parse.Tokens[named.Head].Upos == "NOUN"
               && ((_lexicon.NounKindOf(kind) & NounKind.PlaceFeature) != 0 || _lexicon.FunctionWords("settlement").Contains(kind))
            ? NameType.Location
            : null;
    }

    /// <summary>
    /// "media companies such as Halden Kraft and Marwick Films", "the largest producers of insulin – Halden Kraft and
    /// Marwick Pharma –", "the law firm of Doroshow Okafor Reyes": a name given as an example of a kind of business, in
    /// apposition to one or as the one the business noun names, is a business's.
    /// </summary>
    private NameType? ReadAsABusinessExample(ParsedSentence parse, int root)
    {
        IReadOnlySet<string> business = _lexicon.FunctionWords("business");
        if (root < 0 || parse.Tokens[root] is not { Head: >= 0, Relation: "nmod" or "obl" or "appos" } word)
        {
            return null;
        }

        SyntaxToken noun = parse.Tokens[word.Head];
        bool example = word.Relation == "appos"
            || parse.Children(root).Any(c => parse.Tokens[c].Relation == "case" && parse.Tokens[c].Form.ToLowerInvariant() is "such" or "like" or "including")
            || (word.Relation == "nmod" && parse.Children(root).Any(c => parse.Tokens[c].Relation == "case" && parse.Tokens[c].Form.ToLowerInvariant() == "of"));
        return example && noun.Upos == "NOUN" && business.Contains(noun.Lemma.ToLowerInvariant()) ? NameType.Organization : null;
    }

    /// <summary>
    /// Whether an untitled name the recognizer reads as a person's stands in a list that names no one: a list "&amp;"
    /// closes, a firm's partners ("Doroshow, Okafor &amp; Reyes"); or one of <see cref="MinBareNameList"/> or more
    /// one-word names and nothing else, a list of counties or canyons, as written or as parsed (where a known surname
    /// stays a person's).
    /// </summary>
    private bool ListedAsNoOne(Sentence sentence, int start, int end, int root)
    {
        ParsedSentence parse = sentence.Parse!;
        IReadOnlyList<Token> t = sentence.Tokens;
        if (end - start == 1 && InBareNameList(t, start))
        {
            return true;
        }

        if (root < 0)
        {
            return false;
        }

        var members = parse.Children(root).Where(c => parse.Tokens[c].Relation == "conj").Prepend(root).ToList();
        if (members.Count < 2)
        {
            return false;
        }

        if (members.Any(m => parse.Children(m).Any(c => parse.Tokens[c] is { Relation: "cc", Form: "&" })))
        {
            return true;
        }

        if (end - start > 1 || _gazetteer.Officeholders.IsSurname(t[start].Text))
        {
            return false;
        }

        bool IsBareName(int k) => parse.Tokens[k].Upos == "PROPN" && char.IsUpper(parse.Tokens[k].Form[0])
            && !parse.Children(k).Any(c => parse.Tokens[c].Relation is "flat" or "compound" or "amod" or "appos");
        return members.Count >= MinBareNameList && members.All(IsBareName);
    }

    /// <summary>
    /// Whether the one-word name at <paramref name="word"/> stands in a run of <see cref="MinBareNameList"/> or more
    /// one-word names joined by commas and "and", as written (a long list the parser cannot hold together); not after a
    /// plural title or a title ("Representatives Ada, Roe and Lee").
    /// </summary>
    private bool InBareNameList(IReadOnlyList<Token> t, int word)
    {
        bool IsBare(int k) => k >= 0 && k < t.Count && t[k].IsCapitalized && t[k].IsWord
            && (k == 0 || !t[k - 1].IsCapitalized || !t[k - 1].IsWord) && (k + 1 == t.Count || !t[k + 1].IsCapitalized || !t[k + 1].IsWord);
        int Step(int k, int direction)
        {
            // The next item's position from item k: past a comma, "and" or both.
            int n = k + direction;
            int joiners = 0;
            while (n >= 0 && n < t.Count && (t[n].Is(',') || t[n].Lower is "and" or "or") && joiners < 2)
            {
                n += direction;
                joiners++;
            }

            return joiners > 0 && IsBare(n) ? n : -1;
        }

        if (!IsBare(word))
        {
            return false;
        }

        int first = word;
        int count = 1;
        for (int k = Step(word, -1); k >= 0; k = Step(k, -1))
        {
            first = k;
            count++;
        }

        for (int k = Step(word, 1); k >= 0; k = Step(k, 1))
        {
            count++;
        }

        return count >= MinBareNameList && !(first > 0 && (IsPluralTitle(t[first - 1]) || MatchTitle(t, first - 1).Title is not null));
    }

    /// <summary>
    /// The parse's word that heads the name's list: the first conjunct when the name is a later one, else the name's
    /// own head; -1 when the parse does not align with the name.
    /// </summary>
    private static int ListRoot(Sentence sentence, int start, int end)
    {
        ParsedSentence parse = sentence.Parse!;
        IReadOnlyList<Token> t = sentence.Tokens;
        int head = PersonEvidence.HeadOf(parse, new TextSpan(t[start].Start, t[end - 1].End));
        return head < 0 ? -1 : parse.Tokens[head].Relation == "conj" ? parse.Tokens[head].Head : head;
    }

    /// <summary>A word in capitals of two to five letters that is no generational suffix ("AFB", "LLC"; not "III").</summary>
    private static bool IsAbbreviation(string word) =>
        word.Length is >= 2 and <= 5 && word.All(char.IsAsciiLetterUpper) && !GenerationalSuffix.Is(word);

    /// <summary>"devices", "industries": the plural of an ordinary common noun, which ends no one's name.</summary>
    private bool IsPluralCommonNoun(string lower)
    {
        if (lower.Length < 4 || !lower.EndsWith('s') || lower.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        return (lower.EndsWith("ies", StringComparison.Ordinal) && _lexicon.IsOrdinaryWord(lower[..^3] + "y"))
            || _lexicon.IsOrdinaryWord(lower[..^1])
            || (lower.EndsWith("es", StringComparison.Ordinal) && _lexicon.IsOrdinaryWord(lower[..^2]));
    }

    /// <summary>
    /// "a partner at Doroshow Reyes", "worked at Lindqvist Marwick": a name someone holds a job at or works at is a
    /// workplace's, no person's ("looked at Ada Roe" is no work).
    /// </summary>
    private static NameType? ReadAsAWorkplace(ParsedSentence parse, int root)
    {
        if (root < 0 || parse.Tokens[root] is not { Head: >= 0, Relation: "nmod" or "obl" } word
            || !parse.Children(root).Any(c => parse.Tokens[c] is { Relation: "case" } marker && marker.Form.Equals("at", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        SyntaxToken head = parse.Tokens[word.Head];
        return head.Upos == "NOUN" || (head.Upos == "VERB" && head.Lemma.ToLowerInvariant() is "work" or "serve" or "practice" or "intern" or "teach")
            ? NameType.Organization
            : null;
    }

    /// <summary>"X and other construction companies": a name listed before other businesses is one.</summary>
    private bool ListedBeforeOtherBusinesses(IReadOnlyList<Token> t, int end)
    {
        if (At(t, end)?.Lower != "and" || At(t, end + 1)?.Lower != "other")
        {
            return false;
        }

        IReadOnlySet<string> business = _lexicon.FunctionWords("business");
        for (int k = end + 2; k < Math.Min(t.Count, end + 5) && t[k].IsWord; k++)
        {
            string word = t[k].Lower;
            string singular = word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word.TrimEnd('s');
            if (business.Contains(word) || business.Contains(singular))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"X, a Dubai-based maker of ...", "X, the Ohio company,": an apposition whose noun is a business's.</summary>
    private bool DescribedAsABusiness(IReadOnlyList<Token> t, int end)
    {
        if (At(t, end)?.Is(',') != true || At(t, end + 1) is not { Lower: "a" or "an" or "the" })
        {
            return false;
        }

        IReadOnlySet<string> business = _lexicon.FunctionWords("business");
        for (int k = end + 2; k < Math.Min(t.Count, end + 9); k++)
        {
            if (!t[k].IsWord || t[k].Lower is "of" or "who" or "that" or "which" or "and")
            {
                return false;
            }

            if (business.Contains(t[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
