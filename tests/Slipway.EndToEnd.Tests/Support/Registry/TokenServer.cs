using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace Slipway.EndToEnd.Tests.Support.Registry;

/// <summary>One request the token service received: what was asked for, and by whom (null: anonymous).</summary>
public sealed record TokenRequest(string? Service, IReadOnlyList<string> Scopes, string? User);

/// <summary>
/// A registry token service (the realm of distribution's token auth) on loopback: issues RS256 JWTs
/// signed by a self-signed certificate carried in the x5c header, which the registry trusts through
/// its rootcertbundle. Grants what is asked to the one login it knows, and nothing anonymously.
/// </summary>
public sealed class TokenServer : IDisposable
{
    public const string Service = "slipway-test-registry";
    public const string Issuer = "slipway-test-issuer";
    private readonly HttpListener _listener = new();
    private readonly RSA _key = RSA.Create(2048);
    private readonly X509Certificate2 _certificate;
    private readonly string _user;
    private readonly string _password;

    public TokenServer(string user, string password)
    {
        _user = user;
        _password = password;
        var request = new CertificateRequest("CN=slipway test token issuer", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, true));
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
        Port = RegistryServer.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Realm => $"http://127.0.0.1:{Port}/token";

    public ConcurrentQueue<TokenRequest> Requests { get; } = new();

    /// <summary>The registry config's auth: block for this service, with the certificate written to <paramref name="directory"/>.</summary>
    public string RegistryAuth(string directory)
    {
        Directory.CreateDirectory(directory);
        var bundle = Path.Combine(directory, "token-cert.pem");
        File.WriteAllText(bundle, _certificate.ExportCertificatePem());
        return $"  token:\n    realm: {Realm}\n    service: {Service}\n    issuer: {Issuer}\n    rootcertbundle: {bundle}\n";
    }

    public void Dispose()
    {
        _listener.Close();
        _certificate.Dispose();
        _key.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var query = context.Request.QueryString;
            var scopes = query.GetValues("scope") ?? [];
            var user = UserOf(context.Request.Headers["Authorization"]);
            Requests.Enqueue(new TokenRequest(query["service"], scopes, user?.User));
            var granted = user is { } login && login.User == _user && login.Password == _password;
            var response = context.Response;
            if (!granted)
            {
                response.StatusCode = 401;
                response.Close();
                continue;
            }

            var body = Encoding.UTF8.GetBytes(new JsonObject { ["token"] = Issue(user!.Value.User, scopes), ["expires_in"] = 300 }.ToJsonString());
            response.ContentType = "application/json";
            response.Close(body, willBlock: false);
        }
    }

    private static (string User, string Password)? UserOf(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return null;
        }

        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..]));
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        return (pair[..colon], pair[(colon + 1)..]);
    }

    private string Issue(string subject, IEnumerable<string> scopes)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var access = new JsonArray();
        foreach (var scope in scopes)
        {
            // repository:NAME:ACTIONS; a name may hold ':' only before the actions (host:port is not part of it).
            var parts = scope.Split(':');
            access.Add(new JsonObject
            {
                ["type"] = parts[0],
                ["name"] = string.Join(':', parts[1..^1]),
                ["actions"] = new JsonArray(parts[^1].Split(',').Select(a => (JsonNode)a).ToArray()),
            });
        }

        var header = new JsonObject { ["typ"] = "JWT", ["alg"] = "RS256", ["x5c"] = new JsonArray(Convert.ToBase64String(_certificate.RawData)) };
        var claims = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = subject,
            ["aud"] = Service,
            ["exp"] = now + 300,
            ["nbf"] = now - 10,
            ["iat"] = now,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["access"] = access,
        };
        var signed = Base64Url(header.ToJsonString()) + "." + Base64Url(claims.ToJsonString());
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Base64Url(signature);
    }

    private static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
