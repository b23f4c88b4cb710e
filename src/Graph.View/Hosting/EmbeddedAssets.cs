using System.Reflection;
using System.Text;

namespace Graph.View.Hosting;

/// <summary>The front end's files (<c>wwwroot/</c>), built into the assembly; paths relative to <c>wwwroot/</c>.</summary>
public sealed class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";

    private readonly Dictionary<string, byte[]> _files;

    private EmbeddedAssets(Dictionary<string, byte[]> files) => _files = files;

    /// <summary>The files built into Graph.View.</summary>
    public static EmbeddedAssets Default { get; } = Load(typeof(EmbeddedAssets).Assembly);

    /// <summary>A set of files given by path (tests, other front ends).</summary>
    public static EmbeddedAssets FromFiles(IReadOnlyDictionary<string, byte[]> files) =>
        new(new Dictionary<string, byte[]>(files ?? throw new ArgumentNullException(nameof(files)), StringComparer.Ordinal));

    /// <summary>Every file's path, ordinally sorted.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The bytes of <paramref name="path"/>, or null when there is no such file.</summary>
    public byte[]? Bytes(string path) => _files.GetValueOrDefault(path);

    /// <summary>The UTF-8 text of <paramref name="path"/>, or null when there is no such file.</summary>
    public string? Text(string path) => Bytes(path) is { } bytes ? new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF') : null;

    private static EmbeddedAssets Load(Assembly assembly)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);

            // Resource names keep the folder separator of the machine that built them.
            files[name[Prefix.Length..].Replace('\\', '/')] = memory.ToArray();
        }

        return new EmbeddedAssets(files);
    }
}
