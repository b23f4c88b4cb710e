namespace Graph.Cli.Tests.Fuzzing;

/// <summary>A generated article file.</summary>
/// <param name="Extension">Its extension, which decides how it is read.</param>
/// <param name="Bytes">Its content.</param>
internal sealed record ArticleFile(string Extension, byte[] Bytes)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Extension} ({Bytes.Length} bytes): " + Convert.ToHexString(Bytes.AsSpan(0, Math.Min(Bytes.Length, 200)));
}
