namespace Graph.Syntax;

/// <summary>A sentence with its words, tags, lemmas and dependency tree. Immutable.</summary>
public sealed class ParsedSentence
{
    private static readonly int[] None = [];
    private readonly int[][] _children;
    private readonly int[] _roots;

    /// <summary>Creates a parsed sentence; every head must be -1 or the index of another token.</summary>
    public ParsedSentence(IReadOnlyList<SyntaxToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Tokens = tokens.ToArray();
        var children = new List<int>?[Tokens.Count];
        var roots = new List<int>();
        for (int i = 0; i < Tokens.Count; i++)
        {
            int head = Tokens[i].Head;
            if (head < 0 || head >= Tokens.Count)
            {
                roots.Add(i);
            }
            else
            {
                (children[head] ??= []).Add(i);
            }
        }

        _children = new int[Tokens.Count][];
        for (int i = 0; i < _children.Length; i++)
        {
            _children[i] = children[i]?.ToArray() ?? None;
        }

        _roots = roots.ToArray();
    }

    /// <summary>An empty sentence.</summary>
    public static ParsedSentence Empty { get; } = new([]);

    /// <summary>The words in order.</summary>
    public IReadOnlyList<SyntaxToken> Tokens { get; }

    /// <summary>The dependents of the token at <paramref name="index"/> in sentence order; <c>Children(-1)</c> gives the root(s).</summary>
    public IReadOnlyList<int> Children(int index)
    {
        if (index == -1)
        {
            return _roots;
        }

        return index >= 0 && index < _children.Length ? _children[index] : None;
    }

    /// <summary>
    /// The tokens inside the character range [<paramref name="start"/>, <paramref name="end"/>) whose head lies
    /// outside it, in sentence order: a phrase's syntactic head (more than one when the parse splits the phrase).
    /// </summary>
    public IEnumerable<int> HeadsWithin(int start, int end)
    {
        for (int k = 0; k < Tokens.Count; k++)
        {
            SyntaxToken token = Tokens[k];
            if (token.Start < start || token.End > end)
            {
                continue;
            }

            int head = token.Head;
            if (head < 0 || Tokens[head].Start < start || Tokens[head].End > end)
            {
                yield return k;
            }
        }
    }
}
