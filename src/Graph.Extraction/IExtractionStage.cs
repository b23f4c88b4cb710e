namespace Graph.Extraction;

/// <summary>One step of the pipeline. Stages are immutable and shared across threads; all per-article
/// state lives in the <see cref="ExtractionContext"/>.</summary>
public interface IExtractionStage
{
    /// <summary>Reads and extends the context.</summary>
    void Run(ExtractionContext context);
}
