import { FormattedMessage, useIntl } from 'react-intl';
import { useEffect, useRef } from 'react';
import { useAtlas } from '../state/store.ts';
import { featureById } from '../state/atlasData.ts';
import { LayerSwatch } from './LayerSwatch.tsx';
import { moveFocusWithArrows } from './listKeys.ts';
import './PickChooser.css';

/** Where a click hits several features at once, a small menu lets the user pick one. */
export function PickChooser() {
  const choices = useAtlas((state) => state.pickChoices);
  const select = useAtlas((state) => state.select);
  const offerChoices = useAtlas((state) => state.offerChoices);
  const listRef = useRef<HTMLUListElement>(null);
  const intl = useIntl();

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [choices]);

  if (!choices) return null;
  return (
    <div
      className="pick-chooser"
      style={{ left: choices.x + 8, top: choices.y + 8 }}
      role="dialog"
      aria-label={intl.formatMessage({ id: 'pick.label', defaultMessage: 'Features here' })}
    >
      <p>
        <FormattedMessage
          id="pick.count"
          defaultMessage="{count, plural, one {# feature} other {# features}} here:"
          description="Several features under one click"
          values={{ count: choices.ids.length }}
        />
      </p>
      <ul ref={listRef} onKeyDown={moveFocusWithArrows}>
        {choices.ids.map((id) => {
          const feature = featureById.get(id);
          if (!feature) return null;
          return (
            <li key={id}>
              <button type="button" data-nav-item lang="en" onClick={() => select(id)}>
                <LayerSwatch layer={feature.properties.layer} status={feature.properties.status} point={feature.geometry.type === 'Point'} kind={feature.properties.kind} accuracy={feature.properties.geometry_accuracy} />
                {feature.properties.name}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link" onClick={() => offerChoices(null)}>
        <FormattedMessage id="common.close" defaultMessage="Close" />
      </button>
    </div>
  );
}
