using System.Diagnostics;
using Graph.Cli.Output;

namespace Graph.Cli.Commands;

/// <summary>Opens an address in the desktop's browser through <c>xdg-open</c>, when the machine has it.</summary>
internal static class BrowserLauncher
{
    /// <summary>Starts <c>xdg-open URL</c>, or says why it cannot; never fails the command.</summary>
    public static void Open(Uri url)
    {
        string? opener = FindOnPath("xdg-open");
        if (opener is null)
        {
            Terminal.Warning($"note: --open: no xdg-open on this machine; open {url} in a browser");
            return;
        }

        try
        {
            var start = new ProcessStartInfo(opener) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(url.ToString());
            using var process = Process.Start(start);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Terminal.Warning($"note: --open: xdg-open failed ({ex.Message}); open {url} in a browser");
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
