using System.Globalization;

namespace Graph.Build.Benchmarks;

/// <summary>
/// What this process has used so far, from Linux's /proc/self: peak resident memory (VmHWM) and bytes written,
/// both as the storage layer counts them (<c>write_bytes</c>: pages dirtied for files) and as the program asked
/// (<c>wchar</c>: bytes passed to write calls).
/// </summary>
internal sealed record ProcessResources(long PeakBytes, long StorageWriteBytes, long RequestedWriteBytes)
{
    /// <summary>Reads the figures; zeros where /proc is not available.</summary>
    public static ProcessResources Read() =>
        new(Field("/proc/self/status", "VmHWM:") * 1024, Field("/proc/self/io", "write_bytes:"), Field("/proc/self/io", "wchar:"));

    /// <summary>One line the parent process parses back.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"{PeakBytes} {StorageWriteBytes} {RequestedWriteBytes}");

    /// <summary>Parses <see cref="ToLine"/>.</summary>
    public static ProcessResources Parse(string line)
    {
        long[] values = [.. line.Split(' ').Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
        return new ProcessResources(values[0], values[1], values[2]);
    }

    private static long Field(string file, string name)
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        string? line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        string? number = line?[name.Length..].Trim().Split(' ')[0];
        return long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : 0;
    }
}
