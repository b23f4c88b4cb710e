using Graph.Extraction.Mentions;
using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Events;

/// <summary>
/// A sentence's dependency parse with the article's mentions laid over it: which token heads which
/// mention, and the grammatical questions the event coder asks (subject, object, case marker, voice).
/// </summary>
internal sealed class ClauseView
{
    private readonly EntityMention?[] _mentionAt;
    private readonly HashSet<TextSpan> _titleHolders;

    public ClauseView(ParsedSentence parse, IReadOnlyList<EntityMention> mentions)
    {
        Parse = parse;
        Tokens = parse.Tokens;
        _mentionAt = new EntityMention?[Tokens.Count];
        // The holder inside a titled name and the name's own mention of it are apart; the text they cover is one.
        _titleHolders = [.. mentions.Select(m => m.TitleHolder).OfType<EntityMention>().Select(h => h.Span)];
        var headed = new bool[Tokens.Count];
        foreach (EntityMention mention in mentions)
        {
            // Every token of a mention belongs to the shortest mention covering it ("Iraqi" in "Iraqi Prime Minister X"),
            // so a name the parser split ("South" and "Sudan" attached apart) is still found from either token.
            for (int k = 0; k < Tokens.Count; k++)
            {
                if (!headed[k] && Inside(k, mention) && (_mentionAt[k] is not { } known || Length(known) > Length(mention)))
                {
                    _mentionAt[k] = mention;
                }
            }

            int head = parse.HeadsWithin(mention.Span.Start, mention.Span.End).DefaultIfEmpty(-1).Last();
            // The phrase's head names the whole phrase: the longest mention headed there wins.
            if (head >= 0 && (!headed[head] || Length(_mentionAt[head]!) < Length(mention)))
            {
                _mentionAt[head] = mention;
                headed[head] = true;
            }
        }
    }

    public ParsedSentence Parse { get; }

    public IReadOnlyList<SyntaxToken> Tokens { get; }

    /// <summary>True for the body or country a titled name holds its office in ("NATO" in "NATO Secretary General X").</summary>
    public bool IsTitleHolder(EntityMention mention) => _titleHolders.Contains(mention.Span);

    /// <summary>The mention whose syntactic head is token <paramref name="index"/>, if any.</summary>
    public EntityMention? MentionAt(int index) => _mentionAt[index];

    public int Head(int index) => Tokens[index].Head;

    public string Lemma(int index) => Tokens[index].Lemma.ToLowerInvariant();

    /// <summary>The relation without its subtype ("obl" for "obl:tmod").</summary>
    public string BaseRelation(int index)
    {
        string relation = Tokens[index].Relation;
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }

    public bool IsNoun(int index) => Tokens[index].Upos is "NOUN" or "PROPN" || Tokens[index].Xpos is "NNP" or "NNPS";

    public bool IsVerb(int index) => Tokens[index].Upos == "VERB";

    /// <summary>An adjective, or a past participle ("alarmed", "concerned"), that may name a feeling.</summary>
    public bool IsFeelingWord(int index) => Tokens[index].Upos == "ADJ" || (Tokens[index].Upos == "VERB" && Tokens[index].Xpos == "VBN");

    /// <summary>The first dependent with exactly this relation, or -1.</summary>
    public int Child(int index, string relation)
    {
        foreach (int child in Parse.Children(index))
        {
            if (Tokens[child].Relation == relation)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>Dependents whose relation, without subtype, is one of <paramref name="baseRelations"/>.</summary>
    public IEnumerable<int> Children(int index, params string[] baseRelations)
    {
        foreach (int child in Parse.Children(index))
        {
            if (Array.IndexOf(baseRelations, BaseRelation(child)) >= 0)
            {
                yield return child;
            }
        }
    }

    /// <summary>True when a dependent with this relation has one of these lemmas.</summary>
    public bool HasChild(int index, string relation, IReadOnlySet<string> lemmas)
    {
        foreach (int child in Parse.Children(index))
        {
            if (Tokens[child].Relation == relation && lemmas.Contains(Lemma(child)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The case marker of a nominal ("on" in "on Iran", "according to" in "according to officials"), lower case.</summary>
    public string? CaseOf(int index)
    {
        int marker = Child(index, "case");
        if (marker < 0)
        {
            return null;
        }

        int fixedPart = Child(marker, "fixed");
        return fixedPart < 0 ? Lemma(marker) : Lemma(marker) + " " + Lemma(fixedPart);
    }

    /// <summary>The subordinating marker of a clause ("if", "that", "of" in "of attacking"), lower case.</summary>
    public string? MarkOf(int index)
    {
        int marker = Child(index, "mark");
        return marker < 0 ? null : Lemma(marker);
    }

    /// <summary>True for a passive verb: a passive auxiliary or passive subject, or a past participle modifying a noun ("militias backed by Iran").</summary>
    public bool IsPassive(int index) =>
        Child(index, "aux:pass") >= 0 || Child(index, "nsubj:pass") >= 0 || Child(index, "csubj:pass") >= 0
        || (Tokens[index].Relation == "acl" && Tokens[index].Xpos == "VBN");

    /// <summary>True for "which", "who", "that" standing for the noun a relative clause modifies.</summary>
    public bool IsRelativePronoun(int index) => Tokens[index].Upos == "PRON" && Lemma(index) is "which" or "who" or "whom" or "that";

    /// <summary>
    /// The common noun an infinitive's "to" follows, past the names, articles, adjectives and prepositions of its phrase
    /// ("aspirations of Chile to join", "cooperation between A and B to support"), or -1.
    /// </summary>
    public int NounBeforeInfinitive(int verb)
    {
        int to = Children(verb, "mark").FirstOrDefault(m => Lemma(m) == "to", -1);
        for (int k = to - 1; to > 0 && k >= 0 && k >= to - 8; k--)
        {
            if (Tokens[k].Upos == "NOUN")
            {
                return k;
            }

            if (Tokens[k].Upos is not ("PROPN" or "ADP" or "DET" or "PART" or "CCONJ" or "PUNCT" or "ADJ"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token and every token coordinated with it ("A, B and C"). A noun conjunct with a preposition of its own other
    /// than the first one's is a phrase of another kind the parser joined to the list ("with A and B at the White House").
    /// </summary>
    public List<int> Conjuncts(int index)
    {
        var all = new List<int> { index };
        string? marker = CaseOf(index);
        for (int k = 0; k < all.Count; k++)
        {
            foreach (int child in Parse.Children(all[k]))
            {
                if (Tokens[child].Relation == "conj" && IsNoun(child) == IsNoun(index)
                    && (!IsNoun(child) || CaseOf(child) is not { } own || own == marker) && !PlacesACity(child))
                {
                    all.Add(child);
                }
                else if (_mentionAt[all[k]] is { Type: EntityType.Person } && _mentionAt[child] is { } holder && IsTitleHolder(holder))
                {
                    // "President A of X and Chancellor B of Y", parsed with B joined to X: a person is coordinated with A.
                    all.AddRange(Parse.Children(child).Where(c => Tokens[c].Relation == "conj" && _mentionAt[c] is { Type: EntityType.Person } && !all.Contains(c)));
                }
            }
        }

        return all;
    }

    /// <summary>The names a phrase gives as examples of itself, each conjunct: "such as A and B", "including A", "like A".</summary>
    public IEnumerable<int> Examples(int token) =>
        Children(token, "nmod", "obl").Where(c => CaseOf(c) is "such as" or "include" or "including" or "like").SelectMany(Conjuncts);

    /// <summary>
    /// The noun a relative clause describes; a plural clause on the last of a list ("A, B and C, which are members")
    /// describes the whole list, which its first conjunct heads.
    /// </summary>
    public int Described(int clause)
    {
        int noun = Head(clause);
        bool plural = Children(clause, "cop", "aux").Any(c => Tokens[c].Form.ToLowerInvariant() is "are" or "were" or "have");
        while (plural && noun >= 0 && Tokens[noun].Relation == "conj" && Head(noun) >= 0)
        {
            noun = Head(noun);
        }

        return noun;
    }

    /// <summary>
    /// "met X in London, United Kingdom", "traveled to Vilnius, Lithuania": a country or region right after a city and its comma
    /// says where the city lies, though the parser may have coordinated it with the city or with whoever was met.
    /// </summary>
    private bool PlacesACity(int token) =>
        token >= 2 && Tokens[token - 1].Form == "," && _mentionAt[token - 2] is { Type: EntityType.City } city && Tokens[token - 2].End == city.Span.End
        && _mentionAt[token] is { Type: EntityType.Country or EntityType.Region };

    private static int Length(EntityMention mention) => mention.Span.End - mention.Span.Start;

    private bool Inside(int token, EntityMention mention) => Tokens[token].Start >= mention.Span.Start && Tokens[token].End <= mention.Span.End;
}
