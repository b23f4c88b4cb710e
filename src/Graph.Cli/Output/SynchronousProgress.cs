namespace Graph.Cli.Output;

/// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread, in order (unlike <see cref="Progress{T}"/>).</summary>
/// <typeparam name="T">The progress value.</typeparam>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
