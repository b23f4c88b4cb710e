using Graph.Testing;

namespace Graph.Syntax.Tests.Models;

public class ModelFilesTests
{
    private const long MaxBytes = 25L * 1024 * 1024;

    [Fact]
    public void ModelFiles_TogetherStayWithin25Megabytes()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "data", "models"), "*.syntax.bin");

        Assert.NotEmpty(files);
        Assert.InRange(files.Sum(f => new FileInfo(f).Length), 1, MaxBytes);
    }

    [Fact]
    public void EmbeddedModel_IsTheRepositoryModel()
    {
        using var resource = typeof(SyntaxModel).Assembly.GetManifestResourceStream(SyntaxModel.ResourceName);

        Assert.NotNull(resource);
        Assert.Equal(new FileInfo(Path.Combine(RepositoryPaths.Root, "data", "models", "en-ewt.syntax.bin")).Length, resource.Length);
    }

    [Fact]
    public void NameModel_StaysWithin5MegabytesAndIsEmbedded()
    {
        var file = new FileInfo(Path.Combine(RepositoryPaths.Root, "data", "models", "en.names.bin"));
        using var resource = typeof(NameModel).Assembly.GetManifestResourceStream(NameModel.ResourceName);

        Assert.InRange(file.Length, 1, 5L * 1024 * 1024);
        Assert.NotNull(resource);
        Assert.Equal(file.Length, resource.Length);
    }
}
