using Graph.Rdf.Internal.Contexts;
using Graph.Rdf.Internal.Text;

namespace Graph.Rdf.Internal.Formatting;

/// <summary>
/// Turtle / TriG terms: N-Triples escaping, prefixed names where the local part is safe, and the bare
/// forms of integers, decimals and booleans when their lexical form is exactly that grammar's.
/// </summary>
internal sealed class TurtleFormatter(WriterContext context) : NTriplesFormatter(context)
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    // Predicates and classes repeat on nearly every statement: their spelling is worked out once. The cache
    // stops growing at its cap, so memory stays flat however large the graph.
    private const int CacheCap = 4096;
    private readonly Dictionary<string, string> _spelled = new(StringComparer.Ordinal);

    public override void WriteIri(TextWriter output, string iri)
    {
        if (_spelled.TryGetValue(iri, out string? spelled))
        {
            output.Write(spelled);
            return;
        }

        if (_spelled.Count < CacheCap)
        {
            using var text = new StringWriter();
            Spell(text, iri);
            spelled = text.ToString();
            _spelled[iri] = spelled;
            output.Write(spelled);
            return;
        }

        Spell(output, iri);
    }

    private void Spell(TextWriter output, string iri)
    {
        iri = IriText.Sanitize(iri);
        if (Context.Prefixes.TryFind(iri, out RdfNamespace ns))
        {
            ReadOnlySpan<char> local = iri.AsSpan(ns.Iri.Length);
            if (TurtleNames.IsValidLocal(local))
            {
                output.Write(ns.Prefix);
                output.Write(':');
                output.Write(local);
                return;
            }
        }

        base.WriteIri(output, iri);
    }

    public override void WriteLiteral(TextWriter output, in RdfTerm literal)
    {
        if (literal.Datatype is { } datatype && datatype.StartsWith(Xsd, StringComparison.Ordinal) && IsBareForm(datatype, literal.Value))
        {
            output.Write(literal.Value);
            return;
        }

        base.WriteLiteral(output, literal);
    }

    private static bool IsBareForm(string datatype, string value) => datatype.AsSpan(Xsd.Length) switch
    {
        "integer" => IsInteger(value),
        "decimal" => IsDecimal(value),
        "boolean" => value is "true" or "false",
        _ => false,
    };

    private static bool IsInteger(ReadOnlySpan<char> value)
    {
        if (value.Length > 0 && value[0] is '+' or '-')
        {
            value = value[1..];
        }

        return !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsDecimal(ReadOnlySpan<char> value)
    {
        if (value.Length > 0 && value[0] is '+' or '-')
        {
            value = value[1..];
        }

        int dot = value.IndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        ReadOnlySpan<char> fraction = value[(dot + 1)..];
        return !fraction.IsEmpty && !fraction.ContainsAnyExceptInRange('0', '9') && !value[..dot].ContainsAnyExceptInRange('0', '9');
    }
}
