using Graph.Rdf.Internal.Contexts;
using Graph.Rdf.Internal.Formatting;

namespace Graph.Rdf.Internal.Writing;

/// <summary>
/// Compact JSON-LD with an inline context, streamed: consecutive statements about one subject form one node
/// object, consecutive values of one property one array, consecutive statements of one named graph one
/// <c>{"@id": g, "@graph": [...]}</c> object. A property that comes back after others starts a new node object
/// with the same <c>@id</c> (JSON-LD merges them) so no object ever repeats a key.
/// </summary>
internal sealed class JsonLdWriter : RdfWriterBase
{
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private readonly JsonLdFormatter _formatter;
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<RdfTerm> _values = [];
    private RdfTerm? _graph;
    private bool _inNamedGraph;
    private RdfTerm? _subject;
    private RdfTerm _predicate;
    private bool _topHasItems;
    private bool _graphHasItems;

    public JsonLdWriter(TextWriter output, bool leaveOpen, IEnumerable<RdfNamespace> namespaces, string? vocabulary)
        : base(output, leaveOpen)
    {
        _formatter = new JsonLdFormatter(new WriterContext(namespaces), vocabulary);
    }

    private string Indent => _inNamedGraph ? "        " : "    ";

    private protected override void WriteStart()
    {
        Output.Write("{\n  \"@context\": {");
        bool first = true;
        if (_formatter.Vocabulary is { } vocabulary)
        {
            Output.Write("\n    \"@vocab\": ");
            JsonEscaping.WriteString(Output, vocabulary);
            first = false;
        }

        foreach (RdfNamespace ns in _formatter.ContextPrefixes)
        {
            Output.Write(first ? "\n    " : ",\n    ");
            JsonEscaping.WriteString(Output, ns.Prefix);
            Output.Write(": ");
            JsonEscaping.WriteString(Output, Text.IriText.Sanitize(ns.Iri));
            first = false;
        }

        Output.Write(first ? "},\n  \"@graph\": [" : "\n  },\n  \"@graph\": [");
    }

    private protected override void WriteCore(in RdfQuad quad)
    {
        if (!Nullable.Equals(quad.Graph, _graph))
        {
            CloseNode();
            CloseGraph();
            OpenGraph(quad.Graph);
        }

        if (_subject is not { } subject || subject != quad.Subject)
        {
            CloseNode();
            OpenNode(quad.Subject);
        }
        else if (_values.Count > 0 && _predicate != quad.Predicate)
        {
            FlushRun();
        }

        // Values wait for the end of their run, so refuse unwritable ones now, while the caller can tell which.
        if (quad.Object.IsLiteral)
        {
            JsonEscaping.Validate(quad.Object.Value);
            if (quad.Object.Language is { } language)
            {
                Text.LanguageTag.Validate(language);
            }
        }

        _predicate = quad.Predicate;
        _values.Add(quad.Object);
    }

    private protected override void WriteEnd()
    {
        CloseNode();
        CloseGraph();
        Output.Write(_topHasItems ? "\n  ]\n}\n" : "]\n}\n");
    }

    private void OpenGraph(RdfTerm? graph)
    {
        _graph = graph;
        if (graph is not { } name)
        {
            return;
        }

        Output.Write(_topHasItems ? ",\n    " : "\n    ");
        _topHasItems = true;
        Output.Write("{\n      \"@id\": ");
        ((ITermFormatter)_formatter).WriteTerm(Output, name);
        Output.Write(",\n      \"@graph\": [");
        _inNamedGraph = true;
        _graphHasItems = false;
    }

    private void CloseGraph()
    {
        if (_inNamedGraph)
        {
            Output.Write(_graphHasItems ? "\n      ]\n    }" : "]\n    }");
            _inNamedGraph = false;
        }
    }

    private void OpenNode(RdfTerm subject)
    {
        ref bool hasItems = ref _inNamedGraph ? ref _graphHasItems : ref _topHasItems;
        Output.Write(hasItems ? ",\n" : "\n");
        hasItems = true;
        Output.Write(Indent);
        Output.Write("{\n");
        Output.Write(Indent);
        Output.Write("  \"@id\": ");
        ((ITermFormatter)_formatter).WriteTerm(Output, subject);
        _subject = subject;
        _keys.Clear();
    }

    private void CloseNode()
    {
        if (_subject is null)
        {
            return;
        }

        FlushRun();
        Output.Write('\n');
        Output.Write(Indent);
        Output.Write('}');
        _subject = null;
    }

    private void FlushRun()
    {
        if (_values.Count == 0)
        {
            return;
        }

        if (string.Equals(_predicate.Value, RdfType, StringComparison.Ordinal))
        {
            // IRIs go under "@type"; blank-node or literal "types" stay ordinary rdf:type values.
            WriteEntry("@type", _values.Where(v => v.IsIri).ToList(), asTypes: true);
            WriteEntry(_formatter.CompactVocab(RdfType), _values.Where(v => !v.IsIri).ToList(), asTypes: false);
        }
        else
        {
            WriteEntry(_formatter.CompactVocab(_predicate.Value), _values, asTypes: false);
        }

        _values.Clear();
    }

    private void WriteEntry(string key, List<RdfTerm> values, bool asTypes)
    {
        if (values.Count == 0)
        {
            return;
        }

        if (!_keys.Add(key))
        {
            // The key was used earlier in this node object: continue in a fresh object with the same @id.
            RdfTerm subject = _subject!.Value;
            Output.Write('\n');
            Output.Write(Indent);
            Output.Write('}');
            OpenNode(subject);
            _keys.Add(key);
        }

        Output.Write(",\n");
        Output.Write(Indent);
        Output.Write("  ");
        JsonEscaping.WriteString(Output, key);
        Output.Write(": ");
        if (values.Count > 1)
        {
            Output.Write('[');
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                Output.Write(", ");
            }

            if (asTypes)
            {
                JsonEscaping.WriteString(Output, _formatter.CompactVocab(values[i].Value));
            }
            else
            {
                _formatter.WriteValue(Output, values[i]);
            }
        }

        if (values.Count > 1)
        {
            Output.Write(']');
        }
    }
}
