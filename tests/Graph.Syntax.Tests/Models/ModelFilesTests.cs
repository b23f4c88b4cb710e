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
}
