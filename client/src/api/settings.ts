import { reactive } from 'vue';
import { request } from './client';
import { graphql } from './generated/gql';

const SettingsQuery = graphql(`
  query AppSettings {
    appSettings {
      dsrLimitPercent
      organizationName
    }
  }
`);

const settings = reactive({ dsrLimitPercent: 30, organizationName: 'Prospek', loaded: false });

/** The server's settings the client shows (loaded once, defaults until then). */
export function useSettings() {
  if (!settings.loaded) {
    settings.loaded = true;
    void request(SettingsQuery, {})
      .then((data) => Object.assign(settings, data.appSettings))
      .catch(() => {
        settings.loaded = false;
      });
  }
  return settings;
}
