using Graph.Rdf.Internal.Contexts;
using Graph.Rdf.Internal.Formatting;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Writing;

/// <summary>
/// Pretty Turtle, or TriG when <c>trig</c> is set: prefixes up front, consecutive statements about one subject
/// grouped with <c>;</c> and <c>,</c>, and in TriG consecutive statements of one graph inside one
/// <c>&lt;g&gt; { … }</c> block. Grouping looks only at the previous statement, so the output streams.
/// </summary>
internal sealed class TurtleWriter : RdfWriterBase
{
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private readonly WriterContext _context;
    private readonly TurtleFormatter _formatter;
    private readonly bool _trig;
    private RdfTerm? _subject;
    private RdfTerm _predicate;
    private bool _inGraph;
    private RdfTerm? _graph;
    private string _indent = string.Empty;

    public TurtleWriter(TextWriter output, bool leaveOpen, IEnumerable<RdfNamespace> namespaces, bool trig)
        : base(output, leaveOpen)
    {
        _context = new WriterContext(namespaces);
        foreach (RdfNamespace ns in _context.Prefixes.Namespaces)
        {
            if (!TurtleNames.IsValidPrefix(ns.Prefix))
            {
                throw new ArgumentException($"'{ns.Prefix}' cannot be a Turtle prefix.", nameof(namespaces));
            }
        }

        _formatter = new TurtleFormatter(_context);
        _trig = trig;
    }

    private protected override void WriteStart()
    {
        var plain = new NTriplesFormatter(_context);
        foreach (RdfNamespace ns in _context.Prefixes.Namespaces)
        {
            Output.Write("@prefix ");
            Output.Write(ns.Prefix);
            Output.Write(": ");
            plain.WriteIri(Output, ns.Iri);
            Output.Write(" .\n");
        }

        if (_context.Prefixes.Namespaces.Count > 0)
        {
            Output.Write('\n');
        }
    }

    private protected override void WriteCore(in RdfQuad quad)
    {
        TextWriter output = Output;
        if (_trig && !Nullable.Equals(quad.Graph, _graph))
        {
            SwitchGraph(quad.Graph);
        }

        if (_subject is { } subject && subject == quad.Subject)
        {
            if (_predicate == quad.Predicate)
            {
                output.Write(",\n");
                output.Write(_indent);
                output.Write("        ");
            }
            else
            {
                output.Write(" ;\n");
                output.Write(_indent);
                output.Write("    ");
                WritePredicate(quad.Predicate.Value);
                output.Write(' ');
            }
        }
        else
        {
            if (_subject is not null)
            {
                output.Write(" .\n\n");
            }

            output.Write(_indent);
            ((ITermFormatter)_formatter).WriteTerm(output, quad.Subject);
            output.Write(' ');
            WritePredicate(quad.Predicate.Value);
            output.Write(' ');
            _subject = quad.Subject;
        }

        _predicate = quad.Predicate;
        ((ITermFormatter)_formatter).WriteTerm(output, quad.Object);
    }

    private protected override void WriteEnd()
    {
        CloseSubject();
        if (_inGraph)
        {
            Output.Write("}\n");
        }
    }

    private void SwitchGraph(RdfTerm? graph)
    {
        CloseSubject();
        if (_inGraph)
        {
            Output.Write("}\n\n");
            _inGraph = false;
            _indent = string.Empty;
        }

        if (graph is { } name)
        {
            ((ITermFormatter)_formatter).WriteTerm(Output, name);
            Output.Write(" {\n");
            _inGraph = true;
            _indent = "    ";
        }

        _graph = graph;
    }

    private void CloseSubject()
    {
        if (_subject is not null)
        {
            Output.Write(" .\n");
            if (!_inGraph)
            {
                Output.Write('\n');
            }

            _subject = null;
        }
    }

    private void WritePredicate(string iri)
    {
        if (string.Equals(iri, RdfType, StringComparison.Ordinal))
        {
            Output.Write('a');
        }
        else
        {
            _formatter.WriteIri(Output, iri);
        }
    }
}
