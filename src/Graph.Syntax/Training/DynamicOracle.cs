using Graph.Syntax.Parsing;

namespace Graph.Syntax.Training;

/// <summary>
/// The dynamic oracle of arc-eager parsing (Goldberg and Nivre 2012): how many gold arcs a transition makes
/// unreachable from the current configuration, whatever mistakes came before. The root word's head is a virtual
/// word after the sentence, so it is always still in the buffer.
/// </summary>
internal static class DynamicOracle
{
    /// <summary>The cost of a valid transition given the gold heads (-1 for the root).</summary>
    public static int Cost(ParseState state, int move, ReadOnlySpan<int> gold)
    {
        int s0 = state.S0;
        int b0 = state.B0;
        int cost = 0;
        switch (move)
        {
            case Move.Shift:
                // b0 can no longer take a head from the stack nor dependents on it.
                for (int i = 0; i < state.Depth; i++)
                {
                    int k = state.Stack[i];
                    if (gold[b0] == k || (gold[k] == b0 && state.Head[k] < 0))
                    {
                        cost++;
                    }
                }

                break;
            case Move.Reduce:
                // s0 can no longer take dependents from the buffer.
                for (int k = b0 < 0 ? state.Count : b0; k < state.Count; k++)
                {
                    if (gold[k] == s0)
                    {
                        cost++;
                    }
                }

                break;
            case Move.Left:
                // s0 takes b0 as head: its gold head further on and its dependents in the buffer are lost.
                if (gold[s0] != b0 && (gold[s0] < 0 || gold[s0] > b0))
                {
                    cost++;
                }

                for (int k = b0; k < state.Count; k++)
                {
                    if (gold[k] == s0)
                    {
                        cost++;
                    }
                }

                break;
            case Move.Right:
                // b0 takes s0 as head: its gold head elsewhere (stack, buffer, root) and its dependents on the stack are lost.
                if (gold[b0] != s0 && (gold[b0] < 0 || gold[b0] > b0 || state.OnStack[gold[b0]]))
                {
                    cost++;
                }

                for (int i = 0; i < state.Depth; i++)
                {
                    int k = state.Stack[i];
                    if (gold[k] == b0 && state.Head[k] < 0)
                    {
                        cost++;
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(move));
        }

        return cost;
    }
}
