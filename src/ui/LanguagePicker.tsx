import { useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { chooseLang } from '../state/language.ts';
import { LANGS, LANGUAGE_NAMES, isLang } from '../model/words/language.ts';
import './LanguagePicker.css';

/** The header's language picker: each language named in its own words and script. */
export function LanguagePicker() {
  const intl = useIntl();
  const lang = useAtlas((state) => state.lang);
  return (
    <select
      className="language-picker"
      value={lang}
      aria-label={intl.formatMessage({ id: 'header.language', defaultMessage: 'Language of the interface' })}
      onChange={(event) => {
        if (isLang(event.target.value)) chooseLang(event.target.value);
      }}
    >
      {LANGS.map((id) => (
        <option key={id} value={id} lang={id}>
          {LANGUAGE_NAMES[id]}
        </option>
      ))}
    </select>
  );
}
