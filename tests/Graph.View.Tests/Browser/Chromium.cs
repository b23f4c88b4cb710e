using PuppeteerSharp;

namespace Graph.View.Tests.Browser;

/// <summary>Debian's chromium, driven through PuppeteerSharp. Nothing downloads a browser: without it the tests skip.</summary>
internal static class Chromium
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason =>
        File.Exists(ExecutablePath) ? null : $"{ExecutablePath} is missing: install Debian's chromium package (.ci/run does) to run the browser tests";

    /// <summary>Starts a headless browser.</summary>
    public static Task<IBrowser> LaunchAsync() => Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // The sandbox needs user namespaces, which a root user in a container does not get.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files"],
        DefaultViewport = new ViewPortOptions { Width = 1400, Height = 900 },
    });

    /// <summary>The folder where browser tests leave screenshots (under the test output directory).</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            string path = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
