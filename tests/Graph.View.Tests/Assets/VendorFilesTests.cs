using System.Security.Cryptography;
using Graph.Testing;
using Newtonsoft.Json.Linq;

namespace Graph.View.Tests.Assets;

/// <summary>
/// The explorer's third-party files (wwwroot/vendor) are the pinned npm packages' own files, unchanged:
/// their hashes match vendor/versions.json, and, with the packages installed in tests/js, their bytes match
/// the packages.
/// </summary>
public sealed class VendorFilesTests
{
    private static string Vendor => Path.Combine(RepositoryPaths.Root, "src", "Graph.View", "wwwroot", "vendor");

    private static IEnumerable<(string Package, string Version, string File, string PackagePath, string Sha256)> Pinned()
    {
        var versions = JObject.Parse(File.ReadAllText(Path.Combine(Vendor, "versions.json")));
        foreach (var package in versions["packages"]!)
        {
            foreach (var file in package["files"]!)
            {
                yield return ((string)package["name"]!, (string)package["version"]!, (string)file["path"]!, (string)file["package"]!, (string)file["sha256"]!);
            }
        }
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void VersionsJson_PinsCytoscapeFcoseAndTheirDependencies_WithLicences()
    {
        var pinned = Pinned().ToList();

        var packages = pinned.Select(p => p.Package).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["cose-base", "cytoscape", "cytoscape-fcose", "layout-base"], packages);
        foreach (string package in packages)
        {
            Assert.Contains(pinned, p => p.Package == package && p.PackagePath == "LICENSE");
            Assert.Contains(pinned, p => p.Package == package && p.File.EndsWith(".js", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryVendoredFile_HasTheHashInVersionsJson()
    {
        foreach (var file in Pinned())
        {
            string path = Path.Combine(Vendor, file.File);
            Assert.True(File.Exists(path), $"{file.File} is listed in versions.json but missing");
            Assert.True(file.Sha256 == Sha256(path), $"{file.File}: sha256 differs from versions.json (run scripts/refresh-view-vendor.sh)");
        }
    }

    [Fact]
    public void EveryVendoredScript_IsListedInVersionsJsonAndLoadedByTheManifest()
    {
        var listed = Pinned().Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(Vendor, "..", "manifest.json")));
        var scripts = manifest["scripts"]!.Select(s => (string)s!).ToList();

        foreach (string path in Directory.EnumerateFiles(Vendor, "*.js"))
        {
            string name = Path.GetFileName(path);
            Assert.Contains(name, listed);
            Assert.Contains("vendor/" + name, scripts);
        }

        // Each UMD build finds its dependencies as globals, so the manifest loads them first.
        Assert.Equal(
            ["vendor/cytoscape.min.js", "vendor/layout-base.js", "vendor/cose-base.js", "vendor/cytoscape-fcose.js"],
            scripts.Where(s => s.StartsWith("vendor/", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void EveryVendoredFile_EqualsTheFileInThePinnedNpmPackage()
    {
        string modules = Path.Combine(RepositoryPaths.JsTools, "node_modules");
        Skip.IfNot(Directory.Exists(modules), "tests/js/node_modules is missing: npm is needed (tests/run.sh runs npm ci in tests/js)");

        foreach (var file in Pinned())
        {
            string packageDir = Path.Combine(modules, file.Package);
            Assert.True(Directory.Exists(packageDir), $"{file.Package} is not installed in tests/js: pin it in tests/js/package.json");
            string installed = (string)JObject.Parse(File.ReadAllText(Path.Combine(packageDir, "package.json")))["version"]!;
            Assert.True(file.Version == installed, $"{file.Package}: vendored {file.Version}, tests/js has {installed}");
            Assert.True(
                File.ReadAllBytes(Path.Combine(packageDir, file.PackagePath)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Vendor, file.File))),
                $"{file.File} differs from {file.Package}@{file.Version}/{file.PackagePath}");
        }
    }
}
