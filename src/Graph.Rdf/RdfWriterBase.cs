namespace Graph.Rdf;

/// <summary>
/// A streaming writer for one RDF syntax: statements go out as they arrive, so memory does not grow with the
/// graph. Owns the output's lifetime (disposes it unless told to leave it open); subclasses only spell statements.
/// Create one with <see cref="RdfWriters.Create"/>; call <see cref="Complete"/> (or dispose) to finish the document.
/// </summary>
public abstract class RdfWriterBase : IQuadSink, IDisposable
{
    private readonly bool _leaveOpen;
    private bool _started;
    private bool _completed;
    private bool _disposed;

    private protected RdfWriterBase(TextWriter output, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(output);
        Output = output;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Number of statements written so far.</summary>
    public long Count { get; private set; }

    /// <summary>The output text is written to.</summary>
    private protected TextWriter Output { get; }

    /// <summary>Writes one statement. Syntaxes without named graphs (Turtle, N-Triples, RDF/XML) drop its graph name.</summary>
    /// <exception cref="ArgumentException">A literal or blank-node predicate, a literal subject or graph name.</exception>
    /// <exception cref="RdfSerializationException">The syntax cannot carry the statement.</exception>
    public void Add(in RdfQuad quad)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The document is already complete.");
        }

        Validate(quad);
        if (!_started)
        {
            _started = true;
            WriteStart();
        }

        WriteCore(quad);
        Count++;
    }

    /// <summary>Writes every statement of <paramref name="quads"/>.</summary>
    public void AddRange(IEnumerable<RdfQuad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (RdfQuad quad in quads)
        {
            Add(quad);
        }
    }

    /// <summary>Closes the document (closing brackets, tags) and flushes the output. Idempotent.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            return;
        }

        if (!_started)
        {
            _started = true;
            WriteStart();
        }

        WriteEnd();
        _completed = true;
        Output.Flush();
    }

    /// <summary>Completes the document, then disposes the output unless it was to be left open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Complete();
        }
        finally
        {
            _disposed = true;
            if (!_leaveOpen)
            {
                Output.Dispose();
            }
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Writes the document header (prefixes, opening tags) before the first statement.</summary>
    private protected virtual void WriteStart()
    {
    }

    /// <summary>Writes one validated statement.</summary>
    private protected abstract void WriteCore(in RdfQuad quad);

    /// <summary>Writes the document footer.</summary>
    private protected virtual void WriteEnd()
    {
    }

    private static void Validate(in RdfQuad quad)
    {
        if (quad.Subject.IsLiteral)
        {
            throw new ArgumentException($"A literal cannot be a subject: {quad.Subject}.", nameof(quad));
        }

        if (!quad.Predicate.IsIri)
        {
            throw new ArgumentException($"A predicate must be an IRI: {quad.Predicate}.", nameof(quad));
        }

        if (quad.Graph is { IsLiteral: true } graph)
        {
            throw new ArgumentException($"A literal cannot name a graph: {graph}.", nameof(quad));
        }

        if (quad.Subject.Value is null || quad.Predicate.Value is null || quad.Object.Value is null)
        {
            throw new ArgumentException("A term has no value (a default RdfTerm).", nameof(quad));
        }
    }
}
