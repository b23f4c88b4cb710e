using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Neo4j.Queries;

/// <summary>
/// Reads query files: Cypher preceded by a header of <c>//</c> comment lines.
/// <code>
/// // Name:     coalition-against
/// // Question: Which actors imposed sanctions on a country?
/// // Param:    country (string) = "Kuwait" -- the target, by name or alias
/// // Param:    limit (int) = 20 -- at most this many rows
/// </code>
/// <c>Name</c> and <c>Question</c> are required; each <c>Param</c> gives name, type (int, float, bool,
/// date, string, status), example value (quoted when it is a string; also the default) and description. Other
/// header comment lines are notes. The library's own queries (the repository's <c>queries/</c>) are built in.
/// A user's own file needs no header: plain Cypher runs as it is (<see cref="ParseAdHoc"/>).
/// </summary>
public static partial class QueryLibrary
{
    private const string ResourcePrefix = "queries/";

    private static readonly Lazy<IReadOnlyList<QueryDefinition>> LazyBuiltIn = new(LoadBuiltIn);

    /// <summary>The built-in queries, sorted by name.</summary>
    public static IReadOnlyList<QueryDefinition> BuiltIn => LazyBuiltIn.Value;

    /// <summary>Finds a built-in query by name.</summary>
    public static QueryDefinition? Find(string name) =>
        BuiltIn.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.Ordinal));

    /// <summary>Reads a user's query file, with or without a header (see <see cref="ParseAdHoc"/>).</summary>
    /// <exception cref="QueryFormatException">The header is malformed, or there is no Cypher.</exception>
    public static QueryDefinition LoadFile(string path) =>
        ParseAdHoc(File.ReadAllText(path, Encoding.UTF8), path, Path.GetFileNameWithoutExtension(path));

    /// <summary>Reads every <c>*.cypher</c> file of a folder, sorted by name; each must have the library's header.</summary>
    public static IReadOnlyList<QueryDefinition> LoadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.cypher").Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path, Encoding.UTF8), path))
            .OrderBy(q => q.Name, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Parses a user's query. Text whose leading comments hold a <c>Name</c>, <c>Question</c> or <c>Param</c>
    /// field is a library query (<see cref="Parse"/>, every rule applies); any other text is plain Cypher, run as
    /// it is under <paramref name="name"/>, taking whatever parameters are given (their types inferred from the
    /// values, see <see cref="QueryParameter.Infer"/>).
    /// </summary>
    /// <param name="text">The Cypher, with or without a header.</param>
    /// <param name="origin">Where it came from, for messages.</param>
    /// <param name="name">The name of a query without header (its file name, say).</param>
    /// <exception cref="QueryFormatException">The header is malformed, or there is no Cypher.</exception>
    public static QueryDefinition ParseAdHoc(string text, string origin, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var leadingComments = lines.TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToArray();
        if (leadingComments.Any(l => HeaderField().IsMatch(l)))
        {
            return Parse(text, origin);
        }

        if (lines.All(l => string.IsNullOrWhiteSpace(l) || l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        {
            throw new QueryFormatException($"{origin}: no Cypher in the file.");
        }

        return new QueryDefinition(name, string.Empty, [], text, origin) { AcceptsAnyParameter = true };
    }

    /// <summary>Parses a query file's text.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="origin">Where it came from, for messages.</param>
    /// <exception cref="QueryFormatException">The header is malformed.</exception>
    public static QueryDefinition Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(origin);
        string? name = null;
        string? question = null;
        var parameters = new List<QueryParameter>();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int bodyLine = 0;
        for (int i = 0; i < lines.Length && lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal); i++)
        {
            bodyLine = i + 1;
            Match field = HeaderField().Match(lines[i]);
            if (!field.Success)
            {
                continue;
            }

            string key = field.Groups["key"].Value;
            string value = field.Groups["value"].Value.Trim();
            switch (key)
            {
                case "Name":
                    name = NamePattern().IsMatch(value) ? value : throw Error(origin, i, $"name '{value}' must be lower case letters, digits and hyphens");
                    break;
                case "Question":
                    question = value;
                    break;
                case "Param":
                    QueryParameter parameter = ParseParameter(value, origin, i);
                    if (parameters.Exists(p => p.Name == parameter.Name))
                    {
                        throw Error(origin, i, $"parameter '{parameter.Name}' is declared twice");
                    }

                    parameters.Add(parameter);
                    break;
            }
        }

        if (name is null || string.IsNullOrEmpty(question))
        {
            throw new QueryFormatException($"{origin}: the header must give '// Name:' and '// Question:'.");
        }

        if (lines.Skip(bodyLine).All(string.IsNullOrWhiteSpace))
        {
            throw new QueryFormatException($"{origin}: no Cypher after the header.");
        }

        var definition = new QueryDefinition(name, question, parameters, text, origin);
        try
        {
            definition.ExampleParameters();
        }
        catch (FormatException e)
        {
            throw new QueryFormatException($"{origin}: example value: {e.Message}", e);
        }

        return definition;
    }

    private static QueryParameter ParseParameter(string value, string origin, int line)
    {
        Match match = ParamPattern().Match(value);
        if (!match.Success)
        {
            throw Error(origin, line, "expected 'Param: name (type) = example -- description'");
        }

        if (!Enum.TryParse(match.Groups["type"].Value, ignoreCase: true, out QueryParameterType type)
            || match.Groups["type"].Value != match.Groups["type"].Value.ToLowerInvariant())
        {
            throw Error(origin, line, $"unknown type '{match.Groups["type"].Value}' (int, float, bool, date, string, status)");
        }

        string example = match.Groups["example"].Value;
        if (example.StartsWith('"'))
        {
            example = Unquote(example);
        }
        else if (type == QueryParameterType.String)
        {
            throw Error(origin, line, "a string example must be quoted");
        }

        return new QueryParameter(match.Groups["name"].Value, type, example, match.Groups["description"].Value.Trim());
    }

    private static string Unquote(string quoted)
    {
        var builder = new StringBuilder(quoted.Length);
        for (int i = 1; i < quoted.Length - 1; i++)
        {
            if (quoted[i] == '\\' && i + 1 < quoted.Length - 1)
            {
                i++;
            }

            builder.Append(quoted[i]);
        }

        return builder.ToString();
    }

    private static QueryFormatException Error(string origin, int line, string message) => new($"{origin}:{line + 1}: {message}.");

    private static IReadOnlyList<QueryDefinition> LoadBuiltIn()
    {
        var assembly = typeof(QueryLibrary).Assembly;
        var queries = new List<QueryDefinition>();
        foreach (string resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            queries.Add(Parse(reader.ReadToEnd(), "built-in:" + resource[ResourcePrefix.Length..]));
        }

        return queries.OrderBy(q => q.Name, StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex(@"^\s*//\s*(?<key>Name|Question|Param)\s*:(?<value>.*)$")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(?<type>[A-Za-z]+)\s*\)\s*=\s*(?<example>""(?:[^""\\]|\\.)*""|\S+)\s*(?:--\s*(?<description>.*))?$")]
    private static partial Regex ParamPattern();
}
