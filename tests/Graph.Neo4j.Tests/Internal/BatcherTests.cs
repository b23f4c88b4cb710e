using Graph.Model;
using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Tests.Internal;

public sealed class BatcherTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void Add_ManyStatementsInterleaved_HoldsAtMostTheCapAndLosesNoRow(int batchSize)
    {
        // Given rows for every predicate's statement, interleaved as a relation phase feeds them
        var statements = PredicateInfo.All.Select(p => GraphStatements.Relation(p.Predicate)).ToList();
        var batcher = new Batcher(batchSize);
        var batches = new List<GraphBatch>();
        int fed = 0;
        for (int round = 0; round < 7; round++)
        {
            foreach (var statement in statements)
            {
                var row = new Dictionary<string, object?> { ["n"] = fed++ };
                if (batcher.Add(statement, row) is { } batch)
                {
                    batches.Add(batch);
                }

                Assert.True(batcher.Pending < Batcher.PendingBatches * batchSize, $"{batcher.Pending} rows held back");
            }
        }

        batches.AddRange(batcher.Flush());

        // Then every row comes out once, each statement's rows in the order fed, no batch over the size
        Assert.Equal(0, batcher.Pending);
        Assert.All(batches, b => Assert.InRange(b.Rows.Count, 1, batchSize));
        Assert.Equal(Enumerable.Range(1, batches.Count), batches.Select(b => b.Number));
        Assert.Equal(Enumerable.Range(0, fed), batches.SelectMany(b => b.Rows).Select(r => (int)r["n"]!).Order());
        foreach (var statement in statements)
        {
            var numbers = batches.Where(b => b.Statement == statement).SelectMany(b => b.Rows).Select(r => (int)r["n"]!).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }
    }
}
