using Graph.Store.Resolution;

namespace Graph.Store.Tests.Resolution;

public sealed class PersonTitlesTests
{
    [Theory]
    [InlineData("president okafor", true)]
    [InlineData("vice president okafor", true)]
    [InlineData("us secretary of state okafor", true)]
    [InlineData("dr. okafor", true)]
    [InlineData("okafor", false)]
    [InlineData("amara okafor", false)]
    [InlineData("presidentokafor", false)]
    [InlineData("president okafor jr", false)]
    public void IsTitled_IsATitleThenTheSurname(string alias, bool titled) => Assert.Equal(titled, PersonTitles.IsTitled(alias, "okafor"));

    [Theory]
    [InlineData("counsel", true)]
    [InlineData("president", true)]
    [InlineData("trustee", true)]
    [InlineData("amara", false)]
    public void IsRoleWord_NamesARole(string word, bool role) => Assert.Equal(role, PersonTitles.IsRoleWord(word));
}
