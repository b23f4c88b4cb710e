namespace Graph.Syntax.Parsing;

/// <summary>The arc-eager transitions (the arc label is chosen separately).</summary>
internal static class Move
{
    /// <summary>Push the next word onto the stack.</summary>
    public const int Shift = 0;

    /// <summary>Pop the stack top, which already has its head.</summary>
    public const int Reduce = 1;

    /// <summary>The next word becomes the head of the stack top, which is popped.</summary>
    public const int Left = 2;

    /// <summary>The stack top becomes the head of the next word, which is pushed.</summary>
    public const int Right = 3;

    /// <summary>Number of transitions.</summary>
    public const int Count = 4;
}
