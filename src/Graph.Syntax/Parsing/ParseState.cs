using Graph.Syntax.Tagging;

namespace Graph.Syntax.Parsing;

/// <summary>
/// An arc-eager configuration: a stack, the buffer (the words from <see cref="Next"/> on) and the arcs so far, with
/// each word's leftmost and rightmost dependents, valencies and dependent label sets kept up to date for the features.
/// Reused between sentences.
/// </summary>
internal sealed class ParseState
{
    private int _capacity;

    /// <summary>Number of words.</summary>
    public int Count { get; private set; }

    /// <summary>The stack; the top is at <c>Stack[Depth - 1]</c>.</summary>
    public int[] Stack { get; private set; } = [];

    /// <summary>Number of words on the stack.</summary>
    public int Depth { get; private set; }

    /// <summary>The first word of the buffer (<see cref="Count"/> when the buffer is empty).</summary>
    public int Next { get; private set; }

    /// <summary>Head of each word, -1 while it has none.</summary>
    public int[] Head { get; private set; } = [];

    /// <summary>Label of each word's arc, -1 while it has none.</summary>
    public int[] Label { get; private set; } = [];

    /// <summary>Leftmost dependent, -1 if none.</summary>
    public int[] Leftmost { get; private set; } = [];

    /// <summary>Second leftmost dependent, -1 if none.</summary>
    public int[] Leftmost2 { get; private set; } = [];

    /// <summary>Rightmost dependent, -1 if none.</summary>
    public int[] Rightmost { get; private set; } = [];

    /// <summary>Second rightmost dependent, -1 if none.</summary>
    public int[] Rightmost2 { get; private set; } = [];

    /// <summary>Number of left dependents.</summary>
    public int[] LeftCount { get; private set; } = [];

    /// <summary>Number of right dependents.</summary>
    public int[] RightCount { get; private set; } = [];

    /// <summary>Labels of the left dependents, one bit per label.</summary>
    public ulong[] LeftLabels { get; private set; } = [];

    /// <summary>Labels of the right dependents, one bit per label.</summary>
    public ulong[] RightLabels { get; private set; } = [];

    /// <summary>Number of punctuation words before each word (and, at <see cref="Count"/>, in all).</summary>
    public int[] PunctuationBefore { get; private set; } = [];

    /// <summary>Number of verbs and auxiliaries before each word.</summary>
    public int[] VerbsBefore { get; private set; } = [];

    /// <summary>Universal tag id of each word.</summary>
    public int[] Coarse { get; private set; } = [];

    /// <summary>Whether each word is on the stack.</summary>
    public bool[] OnStack { get; private set; } = [];

    /// <summary>The stack top, or -1.</summary>
    public int S0 => Depth > 0 ? Stack[Depth - 1] : -1;

    /// <summary>The word under the stack top, or -1.</summary>
    public int S1 => Depth > 1 ? Stack[Depth - 2] : -1;

    /// <summary>The first buffer word, or -1.</summary>
    public int B0 => Next < Count ? Next : -1;

    /// <summary>Whether parsing is over (the buffer is empty).</summary>
    public bool Terminal => Next >= Count;

    /// <summary>Starts a sentence of <paramref name="count"/> words.</summary>
    public void Reset(int count)
    {
        if (count > _capacity)
        {
            _capacity = Math.Max(count, _capacity * 2);
            Stack = new int[_capacity];
            Head = new int[_capacity];
            Label = new int[_capacity];
            Leftmost = new int[_capacity];
            Leftmost2 = new int[_capacity];
            Rightmost = new int[_capacity];
            Rightmost2 = new int[_capacity];
            LeftCount = new int[_capacity];
            RightCount = new int[_capacity];
            LeftLabels = new ulong[_capacity];
            RightLabels = new ulong[_capacity];
            OnStack = new bool[_capacity];
            PunctuationBefore = new int[_capacity + 1];
            VerbsBefore = new int[_capacity + 1];
            Coarse = new int[_capacity];
        }

        Count = count;
        Depth = 0;
        Next = 0;
        Array.Fill(Head, -1, 0, count);
        Array.Fill(Label, -1, 0, count);
        Array.Fill(Leftmost, -1, 0, count);
        Array.Fill(Leftmost2, -1, 0, count);
        Array.Fill(Rightmost, -1, 0, count);
        Array.Fill(Rightmost2, -1, 0, count);
        Array.Clear(LeftCount, 0, count);
        Array.Clear(RightCount, 0, count);
        Array.Clear(LeftLabels, 0, count);
        Array.Clear(RightLabels, 0, count);
        Array.Clear(OnStack, 0, count);
    }

    /// <summary>Starts a sentence whose words have the given joint tags.</summary>
    public void Reset(int count, int[] tags, TagSet tagSet)
    {
        Reset(count);
        int punctuation = 0;
        int verbs = 0;
        for (int i = 0; i < count; i++)
        {
            PunctuationBefore[i] = punctuation;
            VerbsBefore[i] = verbs;
            int tag = tags[i];
            punctuation += tagSet.Punctuation[tag] ? 1 : 0;
            verbs += tagSet.Verbal[tag] ? 1 : 0;
            Coarse[i] = tagSet.Coarse[tag];
        }

        PunctuationBefore[count] = punctuation;
        VerbsBefore[count] = verbs;
    }

    /// <summary>Whether a transition is allowed now.</summary>
    public bool IsValid(int move) => move switch
    {
        Move.Shift => Next < Count,
        Move.Reduce => Depth > 0 && Head[Stack[Depth - 1]] >= 0,
        Move.Left => Depth > 0 && Next < Count && Head[Stack[Depth - 1]] < 0,
        Move.Right => Depth > 0 && Next < Count,
        _ => false,
    };

    /// <summary>Applies a valid transition; <paramref name="label"/> is the arc label of Left and Right.</summary>
    public void Apply(int move, int label)
    {
        switch (move)
        {
            case Move.Shift:
                Push(Next++);
                break;
            case Move.Reduce:
                Pop();
                break;
            case Move.Left:
                AddArc(Next, Pop(), label);
                break;
            case Move.Right:
                AddArc(Stack[Depth - 1], Next, label);
                Push(Next++);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(move));
        }
    }

    /// <summary>Gives a head to a word that has none when parsing ends.</summary>
    public void Attach(int head, int dependent, int label) => AddArc(head, dependent, label);

    private void Push(int word)
    {
        Stack[Depth++] = word;
        OnStack[word] = true;
    }

    private int Pop()
    {
        int word = Stack[--Depth];
        OnStack[word] = false;
        return word;
    }

    private void AddArc(int head, int dependent, int label)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        ulong bit = label is >= 0 and < 64 ? 1UL << label : 0;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Leftmost[head] < 0 || dependent < Leftmost[head])
            {
                Leftmost2[head] = Leftmost[head];
                Leftmost[head] = dependent;
            }
            else if (Leftmost2[head] < 0 || dependent < Leftmost2[head])
            {
                Leftmost2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (Rightmost[head] < 0 || dependent > Rightmost[head])
            {
                Rightmost2[head] = Rightmost[head];
                Rightmost[head] = dependent;
            }
            else if (Rightmost2[head] < 0 || dependent > Rightmost2[head])
            {
                Rightmost2[head] = dependent;
            }
        }
    }
}
