namespace Graph.Syntax.Tagging;

/// <summary>The joint tags a tagger predicts: each is a (UPOS, XPOS) pair seen in training, numbered in ordinal order.</summary>
internal sealed class TagSet
{
    private readonly Dictionary<(string, string), int> _ids = [];

    /// <summary>Creates the set from its pairs (their order gives the ids).</summary>
    public TagSet(IEnumerable<(string Upos, string Xpos)> tags)
    {
        Upos = [];
        Xpos = [];
        foreach (var (upos, xpos) in tags)
        {
            _ids[(upos, xpos)] = Upos.Count;
            Upos.Add(upos);
            Xpos.Add(xpos);
        }

        Punctuation = new bool[Upos.Count];
        Verbal = new bool[Upos.Count];
        Coarse = new int[Upos.Count];
        var coarse = Upos.Distinct().Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < Upos.Count; i++)
        {
            Punctuation[i] = Upos[i] == "PUNCT";
            Verbal[i] = Upos[i] is "VERB" or "AUX";
            Coarse[i] = coarse.IndexOf(Upos[i]);
        }
    }

    /// <summary>Whether each joint tag is a verb or auxiliary.</summary>
    public bool[] Verbal { get; }

    /// <summary>The id of each joint tag's universal tag among the universal tags in ordinal order.</summary>
    public int[] Coarse { get; }

    /// <summary>Number of joint tags.</summary>
    public int Count => Upos.Count;

    /// <summary>The universal tag of each joint tag.</summary>
    public List<string> Upos { get; }

    /// <summary>The language-specific tag of each joint tag.</summary>
    public List<string> Xpos { get; }

    /// <summary>Whether each joint tag is punctuation.</summary>
    public bool[] Punctuation { get; }

    /// <summary>The id of a pair, or -1.</summary>
    public int Id(string upos, string xpos) => _ids.TryGetValue((upos, xpos), out int id) ? id : -1;
}
