namespace Slipway.Core.Registries;

/// <summary>
/// A parsed <c>WWW-Authenticate</c> header: the scheme (Bearer or Basic) and its parameters, e.g.
/// <c>Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull"</c>.
/// </summary>
public sealed record AuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    public string? this[string name] => Parameters.TryGetValue(name, out var value) ? value : null;

    public static AuthChallenge? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var text = header.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? text : text[..space];
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = space < 0 ? text.Length : space + 1;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] is ' ' or ',')
            {
                i++;
            }

            var equals = text.IndexOf('=', i);
            if (equals < 0)
            {
                break;
            }

            var name = text[i..equals].Trim();
            i = equals + 1;
            string value;
            if (i < text.Length && text[i] == '"')
            {
                var builder = new System.Text.StringBuilder();
                for (i++; i < text.Length && text[i] != '"'; i++)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    builder.Append(text[i]);
                }

                value = builder.ToString();
                i++;
            }
            else
            {
                var comma = text.IndexOf(',', i);
                value = (comma < 0 ? text[i..] : text[i..comma]).Trim();
                i = comma < 0 ? text.Length : comma;
            }

            parameters[name] = value;
        }

        return new AuthChallenge(scheme, parameters);
    }
}
