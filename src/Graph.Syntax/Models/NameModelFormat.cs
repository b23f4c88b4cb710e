using System.IO.Compression;
using System.Text;
using Graph.Syntax.Features;

namespace Graph.Syntax.Models;

/// <summary>
/// The name recognizer's model file: the magic <c>GNER</c> and a version, then a Brotli-compressed body with the
/// label codes, the weight table, written as the syntax model writes its tables (<see cref="ModelFormat"/>), and the
/// lexicon of name words the weights were trained with.
/// </summary>
internal static class NameModelFormat
{
    private const int Version = 2;
    private static readonly byte[] Magic = "GNER"u8.ToArray();

    /// <summary>Writes a model; the same weights always give the same bytes.</summary>
    public static void Write(Stream stream, WeightTable weights, NameLexicon lexicon)
    {
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(Version));
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        var types = Enum.GetValues<NameType>();
        w.Write(types.Length);
        foreach (var type in types)
        {
            w.Write(Names.NameLabels.Code(type));
        }

        ModelFormat.WriteTable(w, weights);
        lexicon.Write(w);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a name model of this version, or its labels differ.</exception>
    public static (WeightTable Weights, NameLexicon Lexicon) Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic) || BitConverter.ToInt32(header[4..]) != Version)
        {
            throw new InvalidDataException("not a name model of version " + Version);
        }

        var body = new MemoryStream();
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            brotli.CopyTo(body);
        }

        body.Position = 0;
        using var r = new BinaryReader(body, Encoding.UTF8);
        var types = Enum.GetValues<NameType>();
        if (r.ReadInt32() != types.Length || types.Any(t => r.ReadString() != Names.NameLabels.Code(t)))
        {
            throw new InvalidDataException("the name model's types are not " + string.Join(", ", types.Select(Names.NameLabels.Code)));
        }

        var table = ModelFormat.ReadTable(r);
        if (table.Classes != Names.NameLabels.Count)
        {
            throw new InvalidDataException("the name model's weights are not over " + Names.NameLabels.Count + " labels");
        }

        return (table, NameLexicon.Read(r));
    }
}
