import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface SmtpListener {
  port: number;
  mails: ParsedMail[];
  /** The mails sent to one address. */
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

/** A real SMTP listener: every mail it accepts is parsed and kept; mail to refused@… is refused. */
export async function smtpListener(): Promise<SmtpListener> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      callback(address.address.startsWith('refused@') ? new Error('Mailbox unavailable') : undefined);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    to: (address) => mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === address),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
