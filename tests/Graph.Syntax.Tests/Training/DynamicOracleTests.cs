using Graph.Syntax.Parsing;
using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Training;

public class DynamicOracleTests
{
    [Fact]
    public void Cost_FollowingZeroCostMoves_RebuildsEveryGoldTree()
    {
        foreach (var sentence in TinyTreebank.Sentences())
        {
            int[] gold = sentence.Words.Select(w => w.Head).ToArray();
            var state = new ParseState();
            state.Reset(gold.Length);
            while (!state.Terminal)
            {
                int move = Enumerable.Range(0, Move.Count).First(m => state.IsValid(m) && DynamicOracle.Cost(state, m, gold) == 0);
                state.Apply(move, 0);
            }

            Assert.Equal(gold, state.Head.Take(gold.Length));
        }
    }

    [Fact]
    public void Cost_AfterAMistake_CountsOnlyTheArcsStillReachable()
    {
        // "Troops were attacked": gold heads 2, 2, root.
        int[] gold = [2, 2, -1];
        var state = new ParseState();
        state.Reset(3);
        state.Apply(Move.Shift, 0);

        // Making "were" the head of "Troops" loses Troops ← attacked.
        Assert.Equal(1, DynamicOracle.Cost(state, Move.Left, gold));
        Assert.Equal(0, DynamicOracle.Cost(state, Move.Shift, gold));
        Assert.Equal(1, DynamicOracle.Cost(state, Move.Right, gold));

        state.Apply(Move.Left, 0);
        state.Apply(Move.Shift, 0);

        // Troops is lost already: were ← attacked costs nothing more; were → attacked loses that arc and attacked's root.
        Assert.Equal(0, DynamicOracle.Cost(state, Move.Left, gold));
        Assert.Equal(2, DynamicOracle.Cost(state, Move.Right, gold));
    }
}
