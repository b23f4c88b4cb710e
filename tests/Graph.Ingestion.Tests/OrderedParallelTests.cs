using Graph.Ingestion;

namespace Graph.Ingestion.Tests;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Map_UnevenWork_YieldsInInputOrder()
    {
        int[] items = [.. Enumerable.Range(0, 200)];

        // Later items finish first: the order must come from the input, not from completion.
        var results = OrderedParallel.Map(items, i =>
        {
            Thread.Sleep((200 - i) % 7);
            return i * 2;
        }, degree: 4, window: 8, CancellationToken.None).ToList();

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void Map_NeverHoldsMoreThanTheWindow()
    {
        int started = 0;
        int yielded = 0;
        int widest = 0;
        int[] items = [.. Enumerable.Range(0, 100)];

        foreach (int _ in OrderedParallel.Map(items, i =>
        {
            int inFlight = Interlocked.Increment(ref started) - Volatile.Read(ref yielded);
            InterlockedMax(ref widest, inFlight);
            return i;
        }, degree: 2, window: 5, CancellationToken.None))
        {
            Interlocked.Increment(ref yielded);
            Thread.Sleep(1);
        }

        Assert.Equal(100, started);
        Assert.InRange(widest, 1, 5);
    }

    [Fact]
    public void Map_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        int[] items = [.. Enumerable.Range(0, 1000)];
        var seen = new List<int>();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (int i in OrderedParallel.Map(items, i => i, degree: 2, window: 4, cancellation.Token))
            {
                seen.Add(i);
                if (i == 9)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(Enumerable.Range(0, 10), seen);
    }

    [Fact]
    public void Map_FailingItem_ThrowsItsException()
    {
        int[] items = [1, 2, 3];

        var ex = Assert.Throws<InvalidOperationException>(() =>
            OrderedParallel.Map<int, int>(items, i => i == 2 ? throw new InvalidOperationException("two") : i, 2, 2, CancellationToken.None).ToList());

        Assert.Equal("two", ex.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        do
        {
            current = Volatile.Read(ref target);
            if (value <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref target, value, current) != current);
    }
}
