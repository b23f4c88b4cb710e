namespace Graph.Rdf;

/// <summary>Receives statements one at a time: writers consume them, readers produce them.</summary>
public interface IQuadSink
{
    /// <summary>Accepts one statement.</summary>
    void Add(in RdfQuad quad);
}
