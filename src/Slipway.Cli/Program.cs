using Slipway.Cli.Infrastructure;

return SlipwayApp.Run(args, CliIO.FromConsole(), Environment.CurrentDirectory);
