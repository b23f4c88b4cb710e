namespace Graph.Ingestion;

/// <summary>
/// Maps items on several threads and yields the results in input order, with at most a fixed window of items
/// in flight: memory holds a few results at a time, however long the input and however uneven the work.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Yields <paramref name="map"/> of each item, in order. At most <paramref name="degree"/> items are mapped at
    /// once and at most <paramref name="window"/> are started and not yet yielded.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancellation was requested; results not yet yielded are dropped.</exception>
    public static IEnumerable<TOut> Map<TIn, TOut>(
        IReadOnlyList<TIn> items, Func<TIn, TOut> map, int degree, int window, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, degree);

        // The scheduler caps the threads at work; the queue caps what waits to be yielded.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var pending = new Queue<Task<TOut>>(window);
        int next = 0;
        while (next < items.Count || pending.Count > 0)
        {
            while (next < items.Count && pending.Count < window)
            {
                TIn item = items[next++];
                pending.Enqueue(Task.Factory.StartNew(() => map(item), cancellationToken, TaskCreationOptions.None, scheduler));
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
