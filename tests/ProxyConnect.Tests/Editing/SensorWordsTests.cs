using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Editing;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;
using ProxyConnect.Tests.Support;
using ProxyConnect.Values;

namespace ProxyConnect.Tests.Editing;

/// <summary>The sensor editor reads words instead of typed views (so that an edit of a large config does not tokenize
/// every line); every answer it takes from words must equal the one the views give, on every corpus file and on
/// texts made to hit the corner cases (negation, logins, a name redefined with another type, <c>if</c> branches,
/// quoted values, continuation lines, mixed-case names).</summary>
public class SensorWordsTests
{
    private static readonly string[] LoginTypes = { "proxy_auth", "proxy_auth_regex" };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Corpus.AllFiles)
        {
            data.Add(file);
        }

        data.Add("text:corner-cases");
        data.Add("text:corner-cases-without-if");
        return data;
    }

    private const string CornerCases =
        "auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwd\n" +
        "acl login proxy_auth REQUIRED\n" +
        "acl LoginRe proxy_auth_regex -i ^bob$\n" +
        "acl s1 src 10.0.0.1\n" +
        "acl S1 src 10.0.0.2\n" +
        "http_access allow s1\n" +
        "acl s2 src 10.0.0.3\n" +
        "http_access allow s2 login\n" +
        "acl s3 src 10.0.0.4\n" +
        "http_access allow s3 !login\n" +
        "acl s4 src 10.0.0.5\n" +
        "http_access allow !s4\n" +
        "acl s5 src 10.0.0.6\n" +
        "acl s5 dst 10.0.0.7\n" +
        "http_access allow s5\n" +
        "acl s6 src 10.0.0.8\n" +
        "http_access allow s6 loginre\n" +
        "acl s7 src \\\n" +
        "    10.0.0.9\n" +
        "http_access allow \\\n" +
        "  s7\n" +
        "if ${process_number} = 99\n" +
        "acl s8 src 10.0.0.10\n" +
        "http_access allow s8\n" +
        "acl login2 proxy_auth REQUIRED\n" +
        "endif\n" +
        "acl s9 src 10.0.0.11 # inline comment\n" +
        "http_access allow s9\t# comment\n" +
        "http_access deny s9 login\n" +
        "configuration_includes_quoted_values on\n" +
        "acl \"s10\" src \"10.0.0.12\"\n" +
        "http_access allow \"s10\"\n" +
        "acl s11 src 10.0.0.13\n" +
        "http_access allow s11 login s9\n" +
        "configuration_includes_quoted_values off\n" +
        "acl\n" +
        "http_access\n" +
        "http_access allow\n" +
        "  http_access deny all\n" +
        "http_access deny all\n" +
        "http_access deny  all  \n" +
        "http_access deny !all\n";

    /// <summary>Without <c>if</c> lines the words are read from every line instead of the binder's active ones.</summary>
    private static readonly string CornerCasesWithoutIf =
        CornerCases.Substring(0, CornerCases.IndexOf("if ", StringComparison.Ordinal)) + CornerCases.Substring(CornerCases.IndexOf("endif\n", StringComparison.Ordinal) + "endif\n".Length);

    private static SquidConfig Load(string source) => source switch
    {
        "text:corner-cases" => SquidConfig.Parse(CornerCases, "corner.conf"),
        "text:corner-cases-without-if" => SquidConfig.Parse(CornerCasesWithoutIf, "corner.conf"),
        _ => SquidConfig.Load(source),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sensor_names_from_words_equal_the_sensors_the_views_read(string source)
    {
        var config = Load(source);
        var words = new SensorWords();

        var names = words.SensorNames(config, words.LoginAcls(config, LoginTypes));

        names.Should().Equal(config.Sensors.Select(s => s.Name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Login_acls_from_words_equal_those_of_the_views(string source)
    {
        var config = Load(source);

        var fromViews = config.Acls.Where(a => LoginTypes.Contains(SquidKnowledge.CanonicalAclType(a.AclType))).Select(a => a.Name);

        new SensorWords().LoginAcls(config, LoginTypes).Should().BeEquivalentTo(new HashSet<string>(fromViews, AclName.Comparer));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_line_reads_the_same_from_words_and_from_its_view(string source)
    {
        var config = Load(source);
        var words = new SensorWords();
        var logins = words.LoginAcls(config, LoginTypes);

        foreach (var line in config.Nodes.OfType<DirectiveLine>())
        {
            var view = Directive.From(line, null);
            words.Matches(line, w => SensorWords.IsAcl(w) == view is AclDirective).Should().BeTrue(line.Text);
            words.Matches(line, w => SensorWords.IsRule(w) == view is HttpAccessDirective).Should().BeTrue(line.Text);
            if (view is AclDirective acl)
            {
                words.Matches(line, w => SensorWords.Arg(w, 0) == acl.Name && SensorWords.Arg(w, 1) == acl.AclType).Should().BeTrue(line.Text);
            }

            if (view is HttpAccessDirective rule)
            {
                words.Matches(line, w => SensorWords.IsDenyAll(w) == SensorEditor.IsDenyAll(rule)).Should().BeTrue(line.Text);
                var fromWords = default((string Name, string? RequiredAcl)?);
                words.Matches(line, w => (fromWords = SensorWords.RuleSensor(w, logins)) is var _);
                fromWords.Should().Be(SensorEditor.SensorRuleOf(rule, logins), line.Text);
            }
        }
    }

    [Fact]
    public void A_login_rule_of_other_clients_is_found_with_and_without_if_lines()
    {
        foreach (var text in new[] { CornerCases, CornerCasesWithoutIf })
        {
            var config = SquidConfig.Parse(text);
            var words = new SensorWords();
            var logins = words.LoginAcls(config, LoginTypes);

            var index = words.FirstLoginRuleOfOthers(config, logins, "s2");

            config.Nodes[index].Text.Should().Be("http_access allow s3 !login\n", "s2's own rule is skipped, s3's names the login negated");
            words.FirstLoginRuleOfOthers(config, new HashSet<string>(AclName.Comparer), "s2").Should().Be(-1);
        }

        CornerCasesWithoutIf.Should().NotContain("if ").And.Contain("acl s9 src");
    }

    [Fact]
    public void The_corner_cases_hold_sensors_and_rules_that_are_not_sensors()
    {
        // Guards the test above against a text that tests nothing: both kinds must be present.
        var names = SquidConfig.Parse(CornerCases).Sensors.Select(s => s.Name).ToList();

        names.Should().Contain(new[] { "s1", "s2", "s6", "s7", "s9", "\"s10\"" }).And.NotContain(new[] { "s3", "s4", "s5", "s8", "s11" });
    }
}
