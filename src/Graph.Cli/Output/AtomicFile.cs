using System.Text;

namespace Graph.Cli.Output;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so a failure or crash mid-write leaves the
/// previous file intact rather than half of a new one.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> with UTF-8 text produced by <paramref name="write"/>.</summary>
    public static T Write<T>(string path, Func<TextWriter, T> write)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            T result;
            using (var writer = new StreamWriter(temp, append: false, Utf8NoBom, bufferSize: 1 << 16) { NewLine = "\n" })
            {
                result = write(writer);
            }

            File.Move(temp, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Writes <paramref name="path"/> with the bytes <paramref name="write"/> puts into a stream.</summary>
    public static void WriteBytes(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
